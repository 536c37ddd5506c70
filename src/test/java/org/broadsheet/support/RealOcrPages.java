package org.broadsheet.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.broadsheet.testpages.PageRenderer;
import org.broadsheet.testpages.PageSpec;
import org.broadsheet.testpages.RenderedPage;
import org.broadsheet.testpages.TesseractCli;

/** Rendered pages for tests that read them with real Tesseract: such a test is skipped, with the reason, when the model is missing. */
public final class RealOcrPages {
    private RealOcrPages() {}

    public static RenderedPage render(PageSpec spec, String lang) {
        String missing = TesseractCli.unavailable(lang);
        assumeTrue(missing == null, String.valueOf(missing));
        return PageRenderer.render(spec);
    }
}
