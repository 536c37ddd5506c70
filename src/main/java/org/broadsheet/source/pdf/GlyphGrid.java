package org.broadsheet.source.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A coarse spatial index over glyph boxes, so neighbour searches stay linear on a full page. Not thread-safe. */
final class GlyphGrid {
    private final List<PdfGlyph> glyphs;
    private final double cell;
    private final Map<Long, List<Integer>> cells = new HashMap<>();
    private final int[] seen;
    private int stamp;
    private int[] scratch = new int[64];

    GlyphGrid(List<PdfGlyph> glyphs, double cell) {
        this.glyphs = glyphs;
        this.cell = Math.max(cell, 4);
        this.seen = new int[glyphs.size()];
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

    /** Indices of glyphs whose box may meet the given rectangle, each once. */
    int[] near(double left, double top, double right, double bottom) {
        stamp++;
        int n = 0;
        int[] out = scratch;
        for (long x = cx(left); x <= cx(right); x++) {
            for (long y = cx(top); y <= cx(bottom); y++) {
                List<Integer> c = cells.get(x * 1_000_003L + y);
                if (c == null) continue;
                for (int i : c) {
                    if (seen[i] == stamp) continue;
                    seen[i] = stamp;
                    if (n == out.length) out = scratch = java.util.Arrays.copyOf(out, 2 * n);
                    out[n++] = i;
                }
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    PdfGlyph get(int i) {
        return glyphs.get(i);
    }
}
