package org.broadsheet.model;

import java.awt.image.BufferedImage;

/**
 * One decoded page image. The image is 8-bit grey ({@link BufferedImage#TYPE_BYTE_GRAY}) so that
 * OCR, layout and exports all read the same pixels and a page is decoded once.
 *
 * @param number 1-based page number within the source file
 */
public record PageImage(int number, BufferedImage image, int dpi) {
    public int width() { return image.getWidth(); }
    public int height() { return image.getHeight(); }
}
