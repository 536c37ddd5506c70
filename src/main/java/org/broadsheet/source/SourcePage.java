package org.broadsheet.source;

import org.broadsheet.model.PageImage;
import org.broadsheet.model.PageText;

/**
 * One page as the input side delivers it: an image to OCR, or text already read from a PDF's
 * text layer (then {@code image} may be null), or both.
 */
public record SourcePage(int number, PageImage image, PageText text) {
    public boolean needsOcr() { return text == null; }
}
