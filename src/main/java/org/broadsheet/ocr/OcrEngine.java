package org.broadsheet.ocr;

import org.broadsheet.model.Line;
import org.broadsheet.model.PageImage;
import org.broadsheet.model.PageText;

/**
 * Turns a page image into text with geometry. One instance serves one worker thread and is
 * reused for every page that worker handles; instances are not thread-safe.
 */
public interface OcrEngine extends AutoCloseable {

    PageText recognize(PageImage page) throws OcrException;

    /**
     * Reads an image that holds one line of text cut from a page, alone: display type that the
     * page-wide pass segmented badly comes out right when nothing else is around it. Boxes are in
     * the image's pixels. Null when nothing was read, or when the engine cannot read single lines
     * (the page then keeps its first reading).
     *
     * @param han the line is Chinese text: read it with the Han models alone
     */
    Line readLine(PageImage line, String id, boolean han) throws OcrException;

    @Override
    void close();
}
