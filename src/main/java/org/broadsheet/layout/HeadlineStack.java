package org.broadsheet.layout;

import java.util.ArrayList;
import java.util.List;
import org.broadsheet.model.Box;
import org.broadsheet.model.Region;
import org.broadsheet.model.Role;

/**
 * Settles the roles around each headline: a smaller line right above it is its kicker, smaller
 * display lines right below it (before the byline or the body) are its subtitle.
 */
final class HeadlineStack {
    private HeadlineStack() {}

    static List<Region> settle(List<Region> regions, PageContext ctx) {
        List<Region> out = new ArrayList<>(regions);
        for (int h = 0; h < out.size(); h++) {
            Region head = out.get(h);
            if (head.role() != Role.HEADLINE) continue;
            double headSize = size(head, ctx);
            int above = nearest(out, head, ctx, true);
            if (above >= 0) {
                Region k = out.get(above);
                if (kicker(k, headSize, ctx) && !fullMeasureText(k, head, ctx)) {
                    out.set(above, with(k, Role.KICKER));
                    // A kicker across a gutter is read as pieces side by side; they go with it.
                    for (int i = 0; i < out.size(); i++) {
                        Region o = out.get(i);
                        if (i != above && Math.abs(o.box().centerY() - k.box().centerY()) < 0.5 * ctx.bodyHeight()
                                && o.box().horizontalOverlap(head.box()) > 0.5 * o.box().w() && o.boxed() == head.boxed()
                                && kicker(o, headSize, ctx) && Math.abs(size(o, ctx) / size(k, ctx) - 1) < 0.2) {
                            out.set(i, with(o, Role.KICKER));
                        }
                    }
                }
            }
            Region cur = head;
            for (int step = 0; step < 2; step++) {
                int below = nearest(out, cur, ctx, false);
                if (below < 0) break;
                Region s = out.get(below);
                if (!subtitle(s, headSize, ctx)) break;
                // Pieces set level with it (a subtitle read as two lines side by side) go with it.
                for (int i = 0; i < out.size(); i++) {
                    Region o = out.get(i);
                    if (Math.abs(o.box().y() - s.box().y()) < 0.6 * ctx.bodyHeight() && o.box().horizontalOverlap(head.box()) > 0
                            && o.boxed() == head.boxed() && subtitle(o, headSize, ctx)) {
                        out.set(i, with(o, Role.SUBTITLE));
                    }
                }
                cur = out.get(below);
            }
        }
        return out;
    }

    private static boolean kicker(Region k, double headSize, PageContext ctx) {
        return k.lines().size() <= 2 && size(k, ctx) < headSize * 0.85
                && (k.role() == Role.BODY || k.role() == Role.SUBHEAD || k.role() == Role.HEADLINE);
    }

    /**
     * A line of text no larger than the body running wider than the headline under it is text set to the full
     * measure (an ear or dateline above the item), not a kicker: kickers are display lines, shorter
     * than the headline they lead into.
     */
    private static boolean fullMeasureText(Region k, Region head, PageContext ctx) {
        double sz = size(k, ctx);
        return k.role() == Role.BODY && sz < 1.12 && k.box().w() > head.box().w() * 1.15;
    }

    private static boolean subtitle(Region s, double headSize, PageContext ctx) {
        double sz = size(s, ctx);
        if (s.role() == Role.BYLINE || s.role() == Role.CAPTION || s.role() == Role.SUBTITLE || sz >= headSize * 0.85) {
            return s.role() == Role.SUBTITLE;
        }
        boolean display = s.role() == Role.HEADLINE || sz > 1.12 || sz < 0.88 || s.role() == Role.SUBHEAD
                || (ctx.columns().size() > 1 && s.lastColumn() > s.firstColumn() && s.lines().size() <= 3);
        return display && s.lines().size() <= 4;
    }

    private static int nearest(List<Region> rs, Region ref, PageContext ctx, boolean above) {
        int best = -1;
        double bestGap = 2.5 * ctx.bodyHeight();
        for (int i = 0; i < rs.size(); i++) {
            Region r = rs.get(i);
            if (r == ref || r.boxed() != ref.boxed()) continue;
            Box a = above ? r.box() : ref.box(), b = above ? ref.box() : r.box();
            double gap = b.y() - a.bottom();
            if (gap < -0.3 * ctx.bodyHeight() || gap > bestGap) continue;
            if (r.box().horizontalOverlap(ref.box()) < 0.5 * Math.min(r.box().w(), ref.box().w())) continue;
            if (ctx.ruleBetween(a, b)) continue;
            bestGap = gap;
            best = i;
        }
        return best;
    }

    static double size(Region r, PageContext ctx) {
        return r.lines().stream().mapToDouble(ctx::size).sorted().skip(r.lines().size() / 2).findFirst().orElse(1);
    }

    static Region with(Region r, Role role) {
        return new Region(r.id(), role, r.box(), r.lines(), r.firstColumn(), r.lastColumn(), r.boxed());
    }
}
