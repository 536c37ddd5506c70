package org.broadsheet.source;

import org.broadsheet.model.PageImage;
import org.broadsheet.model.PageText;

/**
 * One page as the input side delivers it: an image, and text already read from a PDF's text layer
 * when there is a usable one (then no OCR is needed).
 *
 * @param ocrReason why this page goes to OCR, when the input side decided it (a PDF page without a
 *                  usable text layer); null for plain images
 * @param skew      the tilt in degrees the image was straightened by, once it has been
 *                  ({@link #straightened}); null for the page as read
 */
public record SourcePage(int number, PageImage image, PageText text, String ocrReason, Double skew) {
    public SourcePage(int number, PageImage image, PageText text, String ocrReason) {
        this(number, image, text, ocrReason, null);
    }

    public SourcePage(int number, PageImage image, PageText text) {
        this(number, image, text, null, null);
    }

    public boolean needsOcr() { return text == null; }

    /** The same page with its tilt measured and, where it is worth it, removed from the image. */
    public SourcePage straightened(PageImage image, double skew) {
        return new SourcePage(number, image, text, ocrReason, skew);
    }
}
