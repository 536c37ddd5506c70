package org.broadsheet.testpages;

import java.awt.Font;
import java.awt.geom.Rectangle2D;
import org.broadsheet.model.Box;

/** Where text will put ink: the tight box of its glyph outlines, which is what OCR engines report. */
final class Ink {
    private Ink() {}

    /** The ink box of {@code text} drawn at (x, baseline), or null for blank text. */
    static Box of(String text, Font font, double x, double baseline) {
        if (text.isBlank()) return null;
        Rectangle2D r = font.createGlyphVector(LineSetter.FRC, text).getVisualBounds();
        if (r.isEmpty()) return null;
        int left = (int) Math.floor(x + r.getMinX());
        int top = (int) Math.floor(baseline + r.getMinY());
        int right = (int) Math.ceil(x + r.getMaxX());
        int bottom = (int) Math.ceil(baseline + r.getMaxY());
        return Box.ofCorners(left, top, right, bottom);
    }
}
