package org.broadsheet.ocr;

/** Recognition failed for a page (as opposed to the page being blank). */
public class OcrException extends Exception {
    public OcrException(String message) { super(message); }
    public OcrException(String message, Throwable cause) { super(message, cause); }
}
