package org.broadsheet.source.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Removes glyphs drawn a second time a little off their first copy, the way e-paper producers fake a
 * bold face for headlines. Working on glyphs, before any text exists, means a doubled headline can
 * never come out as "HHeeaaddlliinnee" or as two overlapping lines. The glyph that stays is marked bold.
 */
final class FakeBoldFilter {
    /** A copy within this fraction of the glyph's advance (and of its size across) counts as the same glyph. */
    static final double MAX_OFFSET = 0.3;

    private FakeBoldFilter() {}

    static List<PdfGlyph> apply(List<PdfGlyph> glyphs) {
        Map<String, List<Integer>> byCell = new HashMap<>();
        List<PdfGlyph> kept = new ArrayList<>(glyphs.size());
        for (PdfGlyph g : glyphs) {
            if (g.isSpace()) {
                kept.add(g);
                continue;
            }
            int twin = findTwin(g, kept, byCell);
            if (twin >= 0) {
                kept.set(twin, kept.get(twin).withBold());
                continue;
            }
            double cell = Math.max(g.size(), 1);
            long cx = (long) Math.floor(g.u() / cell), cy = (long) Math.floor(g.v() / cell);
            byCell.computeIfAbsent(key(g, cx, cy), k -> new ArrayList<>()).add(kept.size());
            kept.add(g);
        }
        return kept;
    }

    private static int findTwin(PdfGlyph g, List<PdfGlyph> kept, Map<String, List<Integer>> byCell) {
        double cell = Math.max(g.size(), 1);
        long cx = (long) Math.floor(g.u() / cell), cy = (long) Math.floor(g.v() / cell);
        double maxDu = MAX_OFFSET * Math.max(g.advance(), 0.2 * g.size());
        double maxDv = MAX_OFFSET * g.size();
        for (long x = cx - 1; x <= cx + 1; x++) {
            for (long y = cy - 1; y <= cy + 1; y++) {
                List<Integer> candidates = byCell.get(key(g, x, y));
                if (candidates == null) continue;
                for (int i : candidates) {
                    PdfGlyph k = kept.get(i);
                    if (k.hidden() == g.hidden() && Math.abs(k.angle() - g.angle()) < 1
                            && Math.abs(k.size() - g.size()) <= 0.1 * g.size()
                            && Math.abs(k.u() - g.u()) <= maxDu && Math.abs(k.v() - g.v()) <= maxDv) {
                        return i;
                    }
                }
            }
        }
        return -1;
    }

    private static String key(PdfGlyph g, long cx, long cy) {
        return g.text() + '\u0000' + Math.round(g.angle()) + '\u0000' + cx + '\u0000' + cy;
    }
}
