package org.broadsheet.model;

/** How a page's text was obtained. */
public enum TextRoute {
    /** The page image was OCRed. */
    OCR,
    /** The PDF's own text layer was used. */
    PDF_TEXT
}
