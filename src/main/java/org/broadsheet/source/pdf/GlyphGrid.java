package org.broadsheet.source.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A coarse spatial index over glyph boxes, so neighbour searches stay linear on a full page. */
final class GlyphGrid {
    private final List<PdfGlyph> glyphs;
    private final double cell;
    private final Map<Long, List<Integer>> cells = new HashMap<>();

    GlyphGrid(List<PdfGlyph> glyphs, double cell) {
        this.glyphs = glyphs;
        this.cell = Math.max(cell, 4);
        for (int i = 0; i < glyphs.size(); i++) {
            PdfGlyph g = glyphs.get(i);
            for (long x = cx(g.left()); x <= cx(g.right()); x++) {
                for (long y = cx(g.top()); y <= cx(g.bottom()); y++) {
                    cells.computeIfAbsent(x * 1_000_003L + y, k -> new ArrayList<>()).add(i);
                }
            }
        }
    }

    private long cx(double v) {
        return (long) Math.floor(v / cell);
    }

    /** Indices of glyphs whose box may meet the given rectangle; each index once, in increasing order. */
    List<Integer> near(double left, double top, double right, double bottom) {
        List<Integer> out = new ArrayList<>();
        for (long x = cx(left); x <= cx(right); x++) {
            for (long y = cx(top); y <= cx(bottom); y++) {
                List<Integer> c = cells.get(x * 1_000_003L + y);
                if (c != null) out.addAll(c);
            }
        }
        return out.stream().distinct().sorted().toList();
    }

    PdfGlyph get(int i) {
        return glyphs.get(i);
    }
}
