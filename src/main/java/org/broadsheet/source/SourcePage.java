package org.broadsheet.source;

import org.broadsheet.model.PageImage;
import org.broadsheet.model.PageText;

/**
 * One page as the input side delivers it: an image, and text already read from a PDF's text layer
 * when there is a usable one (then no OCR is needed).
 *
 * @param ocrReason why this page goes to OCR, when the input side decided it (a PDF page without a
 *                  usable text layer); null for plain images
 */
public record SourcePage(int number, PageImage image, PageText text, String ocrReason) {
    public SourcePage(int number, PageImage image, PageText text) {
        this(number, image, text, null);
    }

    public boolean needsOcr() { return text == null; }
}
