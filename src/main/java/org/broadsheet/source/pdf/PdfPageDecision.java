package org.broadsheet.source.pdf;

import org.broadsheet.model.TextRoute;

/**
 * How one PDF page's text is to be obtained, and why; the reason goes to articles.json as the page's
 * route reason.
 *
 * @param page       1-based page number
 * @param route      {@link TextRoute#PDF_TEXT} to read the text layer, {@link TextRoute#OCR} to render and OCR
 * @param hiddenText true when the text to read is an invisible layer (rendering mode 3) that the options say to trust
 */
public record PdfPageDecision(int page, TextRoute route, String reason, boolean hiddenText) {
    static PdfPageDecision ocr(int page, String reason) {
        return new PdfPageDecision(page, TextRoute.OCR, reason, false);
    }

    static PdfPageDecision text(int page, String reason, boolean hidden) {
        return new PdfPageDecision(page, TextRoute.PDF_TEXT, reason, hidden);
    }
}
