package org.broadsheet.batch;

import org.broadsheet.ocr.OcrEngine;
import org.broadsheet.ocr.OcrException;

/** Makes one OCR engine per worker thread. Tests plug fake and crashing engines in here. */
@FunctionalInterface
public interface EngineFactory {
    OcrEngine create() throws OcrException;
}
