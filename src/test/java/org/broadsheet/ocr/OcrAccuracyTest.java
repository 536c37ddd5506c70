package org.broadsheet.ocr;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.broadsheet.metrics.Cer;
import org.broadsheet.model.Line;
import org.broadsheet.model.PageText;
import org.broadsheet.testpages.PageRenderer;
import org.broadsheet.testpages.RenderedPage;
import org.broadsheet.testpages.SampleArticles;
import org.broadsheet.testpages.PageSpec;
import org.broadsheet.testpages.SamplePages;
import org.broadsheet.testpages.Script;
import org.broadsheet.testpages.TruthLine;
import org.junit.jupiter.api.Test;

/**
 * Character error rate of the OCR stage on rendered multi-column pages with known text. The text of
 * each true line is compared with the recognised lines that lie on it, so this measures recognition,
 * not reading order (the layout benchmark measures that).
 */
class OcrAccuracyTest {

    static double lineCer(RenderedPage page, PageText text, boolean cjk) {
        StringBuilder truth = new StringBuilder(), got = new StringBuilder();
        for (TruthLine t : page.truth().allLines()) {
            List<Line> on = new ArrayList<>();
            for (Line l : text.lines()) {
                long overlap = l.box().intersectionArea(t.box());
                if (overlap > 0.5 * Math.min(l.box().area(), t.box().area())) on.add(l);
            }
            on.sort(Comparator.comparingInt(l -> l.box().x()));
            truth.append(t.text()).append('\n');
            on.forEach(l -> got.append(l.text()).append(' '));
            got.append('\n');
        }
        return cjk ? Cer.ignoringWhitespace(truth.toString(), got.toString()) : Cer.of(truth.toString(), got.toString());
    }

    private static double cer(PageSpec spec, String lang, boolean cjk) throws OcrException {
        RenderedPage page = PageRenderer.render(spec);
        try (TesseractEngine engine = new TesseractEngine(TessdataLocator.resolve(lang, null, Path.of("tessdata")))) {
            return lineCer(page, engine.recognize(page.pageImage(1)), cjk);
        }
    }

    @Test
    void renderedChinesePage() throws OcrException {
        double cer = cer(SamplePages.shippedChineseSample(), "chi_sim", true);
        System.out.printf("OCR CER, rendered Chinese page (A4, 200 dpi, 4 columns): %.4f%n", cer);
        assertTrue(cer < 0.05, "CER " + cer);
    }

    @Test
    void renderedEnglishPage() throws OcrException {
        PageSpec.Builder b = PageSpec.builder().a4(300).columns(4).script(Script.ENGLISH);
        b.article(SampleArticles.get(Script.ENGLISH, "railway").spanning(2));
        b.article(SampleArticles.get(Script.ENGLISH, "council").spanning(2));
        b.article(SampleArticles.get(Script.ENGLISH, "weather"));
        b.article(SampleArticles.get(Script.ENGLISH, "school"));
        double cer = cer(b.build(), "eng", false);
        System.out.printf("OCR CER, rendered English page (A4, 300 dpi, 4 columns): %.4f%n", cer);
        assertTrue(cer < 0.01, "CER " + cer);
    }
}
