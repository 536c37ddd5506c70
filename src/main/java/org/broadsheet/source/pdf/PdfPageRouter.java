package org.broadsheet.source.pdf;

import java.io.IOException;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Decides per PDF page whether its text layer can stand in for OCR. A born-digital e-paper page has
 * visible text with real Unicode; a scan has none, or an invisible layer some earlier OCR tool left
 * behind (usually worse than ours); some producers embed fonts whose glyphs map to nothing or to
 * private-use code points, which reads as garbage.
 */
public final class PdfPageRouter {

    /**
     * @param trustHiddenText    use an invisible (rendering mode 3) text layer instead of OCRing again
     * @param maxGarbageFraction share of glyphs without usable Unicode above which the page is OCRed
     * @param minGlyphs          an image page with fewer visible glyphs than this (a page number, a
     *                           watermark) is OCRed: the text is in the image
     */
    public record Options(boolean trustHiddenText, double maxGarbageFraction, int minGlyphs) {
        public static Options defaults() {
            return new Options(false, 0.05, 20);
        }

        public Options withTrustHiddenText(boolean trust) {
            return new Options(trust, maxGarbageFraction, minGlyphs);
        }
    }

    private PdfPageRouter() {}

    /** Decides for page {@code pageIndex} (0-based) of an opened document. */
    public static PdfPageDecision decide(PDDocument doc, int pageIndex, Options options) throws IOException {
        if (!extractionAllowed(doc)) return PdfPageDecision.ocr(pageIndex + 1, FORBIDDEN);
        return decide(GlyphCollector.collect(doc, pageIndex, PdfTextExtractor.DEFAULT_DPI), true, options);
    }

    static final String FORBIDDEN = "PDF permissions forbid text extraction";

    static boolean extractionAllowed(PDDocument doc) {
        return !doc.isEncrypted() || doc.getCurrentAccessPermission().canExtractContent();
    }

    static PdfPageDecision decide(PageGlyphs g, boolean extractionAllowed, Options o) {
        int page = g.number();
        if (!extractionAllowed) return PdfPageDecision.ocr(page, FORBIDDEN);
        int usable = g.visibleGlyphs() + g.hiddenGlyphs();
        int all = usable + g.garbageGlyphs();
        if (all == 0) {
            return PdfPageDecision.ocr(page, g.imageCount() > 0 ? "no text layer (image page)" : "no text layer");
        }
        if (g.garbageGlyphs() > o.maxGarbageFraction() * all) {
            return PdfPageDecision.ocr(page, "fonts without a usable Unicode map: " + g.garbageGlyphs() + " of " + all
                    + " glyphs (" + byFont(g.garbageByFont()) + ")");
        }
        if (g.hiddenGlyphs() > 0 && g.hiddenGlyphs() >= g.visibleGlyphs()) {
            String what = "invisible text layer (" + g.hiddenGlyphs() + " glyphs in rendering mode 3 or under the page image),"
                    + " probably an earlier OCR";
            return o.trustHiddenText()
                    ? PdfPageDecision.text(page, what + ", trusted", true)
                    : PdfPageDecision.ocr(page, what + ", OCR again");
        }
        if (g.visibleGlyphs() < o.minGlyphs() && g.imageCount() > 0) {
            return PdfPageDecision.ocr(page, "text layer has only " + g.visibleGlyphs() + " glyphs on an image page");
        }
        StringBuilder reason = new StringBuilder("PDF text layer, " + g.visibleGlyphs() + " glyphs");
        if (g.garbageGlyphs() > 0) reason.append(", ").append(g.garbageGlyphs()).append(" without Unicode dropped");
        if (g.hiddenGlyphs() > 0) reason.append(", ").append(g.hiddenGlyphs()).append(" invisible ignored");
        return PdfPageDecision.text(page, reason.toString(), false);
    }

    private static String byFont(Map<String, Integer> counts) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
                .limit(3).map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining(", "));
    }
}
