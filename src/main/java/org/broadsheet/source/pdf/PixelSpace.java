package org.broadsheet.source.pdf;

import java.awt.geom.AffineTransform;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * PDF user space to the pixels of the page as PDFBox's renderer draws it at a given dpi: crop box,
 * page rotation and a top-left origin. Boxes from the text layer then land on the same pixels as
 * the ink in a rendered page image, so OCR and PDF pages look alike to the later stages.
 */
final class PixelSpace {
    final AffineTransform userToPixel;
    final int width;
    final int height;

    private PixelSpace(AffineTransform userToPixel, int width, int height) {
        this.userToPixel = userToPixel;
        this.width = width;
        this.height = height;
    }

    static PixelSpace of(PDPage page, int dpi) {
        PDRectangle crop = page.getCropBox();
        float scale = dpi / 72f;
        // Same float arithmetic as PDFRenderer.renderImage, so the sizes agree to the pixel.
        int w = (int) Math.max(Math.floor(crop.getWidth() * scale), 1);
        int h = (int) Math.max(Math.floor(crop.getHeight() * scale), 1);
        int rotation = page.getRotation();
        AffineTransform at = new AffineTransform();
        at.scale(scale, scale);
        switch (rotation) {
            case 90 -> at.translate(crop.getHeight(), 0);
            case 180 -> at.translate(crop.getWidth(), crop.getHeight());
            case 270 -> at.translate(0, crop.getWidth());
            default -> { }
        }
        if (rotation != 0) at.rotate(Math.toRadians(rotation));
        at.translate(0, crop.getHeight());
        at.scale(1, -1);
        at.translate(-crop.getLowerLeftX(), -crop.getLowerLeftY());
        boolean swap = rotation == 90 || rotation == 270;
        return new PixelSpace(at, swap ? h : w, swap ? w : h);
    }
}
