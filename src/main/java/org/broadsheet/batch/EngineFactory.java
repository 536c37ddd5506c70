package org.broadsheet.batch;

import org.broadsheet.ocr.OcrEngine;
import org.broadsheet.ocr.OcrException;

/** Makes one OCR engine per worker thread. Tests plug fake and crashing engines in here. */
@FunctionalInterface
public interface EngineFactory {
    /** @param languages Tesseract languages joined with '+' */
    OcrEngine create(String languages) throws OcrException;

    /**
     * Told, before the first page, which language lists the batch's files that need reading are read
     * with (none when a re-run finds everything done), so that it can load their models now and fail
     * the run at once (with a BroadsheetException) if one is broken.
     */
    default void prepare(java.util.Set<String> languageLists) {}
}
