package org.broadsheet.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.broadsheet.model.Box;
import org.broadsheet.model.Line;
import org.broadsheet.model.Region;
import org.broadsheet.model.Role;
import org.broadsheet.model.Separator;

/**
 * Joins headline pieces that stand level with each other and close together: OCR sometimes reads
 * a headline running across several columns as two or three lines side by side (dropping a glyph
 * where they meet), and each piece would otherwise head an article of its own. Two headlines side
 * by side are set a gutter apart, much wider than the space between the glyphs of one headline.
 */
final class HeadlinePieces {
    private HeadlinePieces() {}

    /** Widest gap between two pieces of one headline, in the headline's line heights. */
    private static final double MAX_GAP = 0.35;

    static List<Region> join(List<Region> regions, PageContext ctx) {
        List<Region> out = new ArrayList<>(regions);
        boolean joined = true;
        while (joined) {
            joined = false;
            outer:
            for (int i = 0; i < out.size(); i++) {
                for (int j = 0; j < out.size(); j++) {
                    if (i == j || !pieces(out.get(i), out.get(j), ctx)) continue;
                    Region a = out.get(i), b = out.get(j);
                    out.set(i, merge(a, b));
                    out.remove(j);
                    joined = true;
                    break outer;
                }
            }
        }
        return out;
    }

    /** True when {@code b} continues {@code a} to its right on the same row. */
    private static boolean pieces(Region a, Region b, PageContext ctx) {
        if (a.role() != Role.HEADLINE || b.role() != Role.HEADLINE || a.boxed() != b.boxed()) return false;
        Box x = a.box(), y = b.box();
        if (y.x() < x.right() - 2) return false;
        double h = Math.min(lineHeight(a), lineHeight(b));
        if (Math.max(lineHeight(a), lineHeight(b)) > 1.25 * h) return false;
        if (y.x() - x.right() > MAX_GAP * h) return false;
        // Level: the pieces' top rows share most of their height.
        Box ra = firstRow(a), rb = firstRow(b);
        if (ra.verticalOverlap(rb) < 0.6 * Math.min(ra.h(), rb.h())) return false;
        return ctx.rules().stream().noneMatch(s -> between(s, x, y));
    }

    private static boolean between(Separator s, Box left, Box right) {
        return s.vertical() && s.box().centerX() >= left.right() - 2 && s.box().centerX() <= right.x() + 2
                && s.box().verticalOverlap(left) > left.h() / 2;
    }

    private static Box firstRow(Region r) {
        return r.lines().stream().min(Comparator.comparingInt(l -> l.box().y())).orElseThrow().box();
    }

    private static double lineHeight(Region r) {
        return r.lines().stream().mapToInt(LineMetrics::height).max().orElse(r.box().h());
    }

    private static Region merge(Region a, Region b) {
        List<Line> lines = new ArrayList<>(a.lines());
        lines.addAll(b.lines());
        lines.sort(Comparator.comparingInt((Line l) -> l.box().y()).thenComparingInt(l -> l.box().x()));
        return new Region(a.id(), a.role(), a.box().union(b.box()), lines, Math.min(a.firstColumn(), b.firstColumn()),
                Math.max(a.lastColumn(), b.lastColumn()), a.boxed());
    }
}
