package org.broadsheet.source.pdf;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.broadsheet.model.PageText;

/**
 * Routing and extraction in one pass over the page's content stream: the usual way to read a page
 * of a PDF.
 */
public final class PdfTextLayer {

    /** @param text the page's text when the route is PDF_TEXT, null when the page must be rendered and OCRed */
    public record Result(PdfPageDecision decision, PageText text) {}

    private PdfTextLayer() {}

    /** Reads page {@code pageIndex} (0-based) with boxes in pixels at {@code dpi}. */
    public static Result read(PDDocument doc, int pageIndex, int dpi, PdfPageRouter.Options options) throws IOException {
        if (!PdfPageRouter.extractionAllowed(doc)) {
            return new Result(PdfPageDecision.ocr(pageIndex + 1, PdfPageRouter.FORBIDDEN), null);
        }
        PageGlyphs glyphs = GlyphCollector.collect(doc, pageIndex, dpi);
        PdfPageDecision d = PdfPageRouter.decide(glyphs, true, options);
        return new Result(d, d.route() == org.broadsheet.model.TextRoute.PDF_TEXT
                ? PdfTextExtractor.build(glyphs, d.hiddenText(), d.reason()) : null);
    }
}
