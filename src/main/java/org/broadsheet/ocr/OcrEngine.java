package org.broadsheet.ocr;

import org.broadsheet.model.PageImage;
import org.broadsheet.model.PageText;

/**
 * Turns a page image into text with geometry. One instance serves one worker thread and is
 * reused for every page that worker handles; instances are not thread-safe.
 */
public interface OcrEngine extends AutoCloseable {

    PageText recognize(PageImage page) throws OcrException;

    @Override
    void close();
}
