package org.broadsheet.source.pdf;

/**
 * One glyph the page draws, in pixels of the page rendered at the extraction dpi (origin top left).
 *
 * <p>{@code u}/{@code v} are the glyph origin in the glyph's own writing frame: {@code u} runs along the
 * baseline, {@code v} across it. For upright text they equal the pixel x and baseline y; for rotated
 * text they let the same line grouping run as if the text were upright.
 *
 * @param seq     position in the content stream, which is the producer's drawing order
 * @param text    the glyph's Unicode text, already normalised (never empty)
 * @param size    em size in pixels
 * @param angle   baseline direction in degrees, pixel space (0 upright, 90 running down, -90 running up)
 * @param advance advance width in pixels along the baseline
 * @param hidden  drawn invisibly (rendering mode 3 or 7) or painted over by a later image
 * @param stacked true when the font writes vertically (Identity-V and similar)
 */
record PdfGlyph(int seq, String text, double left, double top, double right, double bottom,
                double u, double v, double advance, double size, double angle,
                String font, boolean bold, boolean hidden, boolean stacked) {

    boolean isSpace() {
        return GlyphText.isSpace(text);
    }

    boolean upright() {
        return Math.abs(angle) < 2;
    }

    double centerX() { return (left + right) / 2; }
    double centerY() { return (top + bottom) / 2; }
    double width() { return right - left; }
    double height() { return bottom - top; }

    PdfGlyph withHidden() {
        return new PdfGlyph(seq, text, left, top, right, bottom, u, v, advance, size, angle, font, bold, true, stacked);
    }

    PdfGlyph withBold() {
        return bold ? this : new PdfGlyph(seq, text, left, top, right, bottom, u, v, advance, size, angle, font, true, hidden, stacked);
    }
}
