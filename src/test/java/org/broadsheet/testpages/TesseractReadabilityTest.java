package org.broadsheet.testpages;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import org.broadsheet.metrics.Cer;
import org.broadsheet.model.Box;
import org.broadsheet.model.Role;
import org.junit.jupiter.api.Test;

/**
 * Proves that rendered pages are readable: the real tesseract program reads one body column of a
 * page close to its truth. Measured when this test was written (A4, 300 dpi, tesseract 5.3, psm 6):
 * clean pages English 0.0%, simplified Chinese 0.0%, traditional Chinese 6.0% (chi_tra reads most
 * full-width commas as ASCII commas); with {@link Degradation#scan} English 0.5%, simplified
 * Chinese 0.8%. The bounds leave room for OCR noise but fail when the renderer makes text unreadable.
 */
class TesseractReadabilityTest {

    @Test
    void englishColumnReadsBack() throws Exception {
        double cer = columnCer(SamplePages.englishFrontPage(3), Script.ENGLISH);
        assertTrue(cer < 0.02, "English CER " + cer);
    }

    @Test
    void simplifiedChineseColumnReadsBack() throws Exception {
        double cer = columnCer(SamplePages.chineseFrontPage(3), Script.SIMPLIFIED);
        assertTrue(cer < 0.03, "simplified Chinese CER " + cer);
    }

    @Test
    void traditionalChineseColumnReadsBack() throws Exception {
        double cer = columnCer(SamplePages.traditionalFrontPage(3), Script.TRADITIONAL);
        assertTrue(cer < 0.12, "traditional Chinese CER " + cer);
    }

    @Test
    void scannedLookingPagesStillReadBack() throws Exception {
        double en = columnCer(SamplePages.englishFrontPage(3).toBuilder().degradation(Degradation.scan(7)).build(), Script.ENGLISH);
        double zh = columnCer(SamplePages.chineseFrontPage(3).toBuilder().degradation(Degradation.scan(7)).build(), Script.SIMPLIFIED);
        assertTrue(en < 0.03, "degraded English CER " + en);
        assertTrue(zh < 0.05, "degraded simplified Chinese CER " + zh);
    }

    /** CER of tesseract on the first body column of the page's lead article. */
    private static double columnCer(PageSpec spec, Script script) throws Exception {
        String why = TesseractCli.unavailable(script.tesseractLanguage());
        assumeTrue(why == null, () -> "skipped: " + why);
        RenderedPage page = PageRenderer.render(spec);
        TruthArticle lead = page.truth().articles().get(0);
        int column = lead.lines(Role.BODY).get(0).column();
        List<TruthLine> lines = lead.lines().stream()
                .filter(l -> (l.role() == Role.BODY || l.role() == Role.SUBHEAD) && l.column() == column).toList();
        Box area = Box.unionOf(lines.stream().map(TruthLine::box).toList());
        String truth = String.join("\n", lines.stream().map(TruthLine::text).toList());
        String read = TesseractCli.read(page.crop(area, 12), script.tesseractLanguage(), 6);
        double cer = script.cjk() ? Cer.ignoringWhitespace(truth, read) : Cer.of(truth, read);
        System.out.printf("%s column of %d lines, %d chars: CER %.4f%n", script, lines.size(), truth.length(), cer);
        if (cer > 0) System.out.println("truth:\n" + truth + "\nread:\n" + read);
        return cer;
    }
}
