package org.broadsheet.source.pdf;

import java.util.List;

/**
 * Glyphs that form one text line, in reading order, with its extent cached (block grouping compares
 * every pair of lines).
 */
final class GlyphLine {
    private final List<PdfGlyph> glyphs;
    private final boolean stacked;
    private final double angle;
    private final double left, top, right, bottom, size;
    private final int firstSeq;

    /**
     * @param stacked true for upright glyphs stacked top to bottom (vertical CJK)
     * @param angle   baseline direction in degrees for rotated lines; 0 for upright and stacked ones
     */
    GlyphLine(List<PdfGlyph> glyphs, boolean stacked, double angle) {
        this.glyphs = List.copyOf(glyphs);
        this.stacked = stacked;
        this.angle = angle;
        this.left = glyphs.stream().mapToDouble(PdfGlyph::left).min().orElse(0);
        this.right = glyphs.stream().mapToDouble(PdfGlyph::right).max().orElse(0);
        this.top = glyphs.stream().mapToDouble(PdfGlyph::top).min().orElse(0);
        this.bottom = glyphs.stream().mapToDouble(PdfGlyph::bottom).max().orElse(0);
        this.firstSeq = glyphs.stream().mapToInt(PdfGlyph::seq).min().orElse(0);
        double[] s = glyphs.stream().filter(g -> !g.isSpace()).mapToDouble(PdfGlyph::size).sorted().toArray();
        this.size = s.length == 0 ? glyphs.get(0).size() : s[s.length / 2];
    }

    List<PdfGlyph> glyphs() { return glyphs; }
    boolean stacked() { return stacked; }
    double angle() { return angle; }

    boolean rotated() {
        return !stacked && Math.abs(angle) >= 2;
    }

    double left() { return left; }
    double right() { return right; }
    double top() { return top; }
    double bottom() { return bottom; }
    double width() { return right - left; }
    double height() { return bottom - top; }
    int firstSeq() { return firstSeq; }

    /** Median em size of the line's visible glyphs, in pixels. */
    double size() { return size; }
}
