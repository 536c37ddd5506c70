package org.broadsheet.article;

import java.util.List;
import java.util.Map;
import org.broadsheet.article.HeadlineAssembler.Draft;
import org.broadsheet.model.Box;
import org.broadsheet.model.Region;
import org.broadsheet.model.Role;

/** Completes each headline block (kicker above, subtitle and byline below) and finds the columns it heads. */
final class HeadBlocks {
    private final Territory t;
    private final List<Region> regions;
    private final Map<Region, Integer> frame;
    private final Map<Region, Draft> owner;

    HeadBlocks(Territory t, List<Region> regions, Map<Region, Integer> frame, Map<Region, Draft> owner) {
        this.t = t;
        this.regions = regions;
        this.frame = frame;
        this.owner = owner;
    }

    void complete(Draft d) {
        Region headline = d.head.get(0);
        // Kickers and bylines may be set in pieces side by side; every piece right above or below belongs.
        for (Region k : near(headline, d.frame, true, 2.5)) if (k.role() == Role.KICKER) take(d, k);
        Box cur = headline.box();
        for (int i = 0; i < 4; i++) {
            List<Region> below = near(cur, d.frame, false, 2.5);
            boolean any = false;
            for (Region s : below) {
                if (s.role() != Role.SUBTITLE && s.role() != Role.BYLINE) continue;
                take(d, s);
                cur = cur.union(s.box());
                any = true;
            }
            if (!any) break;
        }
    }

    /** Columns of the headline block, widened to neighbour columns whose text starts level with the block's body. */
    void span(Draft d, List<Draft> all) {
        Box hb = d.headBox();
        List<Box> cols = t.layout.columns();
        if (cols.isEmpty()) {
            d.x0 = hb.x();
            d.x1 = hb.right();
            return;
        }
        int a = -1, b = -1;
        for (int i = 0; i < cols.size(); i++) {
            int ov = cols.get(i).horizontalOverlap(hb);
            if (ov >= cols.get(i).w() * 0.3 || ov >= hb.w() * 0.5) {
                if (a < 0) a = i;
                b = i;
            }
        }
        if (a < 0) {
            d.x0 = hb.x();
            d.x1 = hb.right();
            return;
        }
        Integer bodyTop = bodyTop(d, a, b, hb);
        if (bodyTop != null) {
            while (a > 0 && levelStart(d, a - 1, hb, bodyTop, all)) a--;
            while (b + 1 < cols.size() && levelStart(d, b + 1, hb, bodyTop, all)) b++;
        }
        d.firstCol = a;
        d.lastCol = b;
        int[] x = t.columnsX(a, b);
        d.x0 = Math.min(x[0], hb.x());
        d.x1 = Math.max(x[1], hb.right());
    }

    private Integer bodyTop(Draft d, int a, int b, Box hb) {
        Integer top = null;
        for (int c = a; c <= b; c++) {
            for (Region r : t.inColumn(regions, c)) {
                if (owner.containsKey(r) || frame.get(r) != d.frame || r.box().y() < hb.bottom() - t.unit * 0.3) continue;
                if (top == null || r.box().y() < top) top = r.box().y();
                break;
            }
        }
        return top;
    }

    /** Column {@code c}'s first text below the headline starts where the block's body starts, with nothing above it. */
    private boolean levelStart(Draft d, int c, Box hb, int bodyTop, List<Draft> all) {
        for (Region r : t.inColumn(regions, c)) {
            if (r.box().bottom() < hb.y() - t.unit * 0.5 || frame.get(r) != d.frame) continue;
            if (r.role() == Role.HEADLINE || r.role() == Role.KICKER || owner.containsKey(r)) return false;
            if (r.firstColumn() != r.lastColumn()) return false;
            return Math.abs(r.box().y() - bodyTop) <= t.unit * 0.8 && !t.barrier(hb, r.box(), d.frame);
        }
        return false;
    }

    private void take(Draft d, Region r) {
        d.head.add(r);
        owner.put(r, d);
    }

    /** Regions right above or below {@code ref}, in the band of the nearest one. */
    private List<Region> near(Region ref, int f, boolean above, double maxGap) {
        return near(ref.box(), f, above, maxGap);
    }

    private List<Region> near(Box ref, int f, boolean above, double maxGap) {
        List<Region> cands = new java.util.ArrayList<>();
        double bestGap = Double.MAX_VALUE;
        for (Region r : regions) {
            if (r.box() == ref || owner.containsKey(r) || frame.get(r) != f) continue;
            Box a = above ? r.box() : ref, b = above ? ref : r.box();
            double gap = b.y() - a.bottom();
            if (gap < -0.3 * t.unit || gap > maxGap * t.unit) continue;
            if (r.box().horizontalOverlap(ref) < 0.5 * Math.min(r.box().w(), ref.w())) continue;
            if (above ? t.barrier(a, b, f) : t.barrierBelowHead(a, b, f)) continue;
            cands.add(r);
            bestGap = Math.min(bestGap, gap);
        }
        double limit = bestGap + 0.6 * t.unit;
        return cands.stream().filter(r -> (above ? ref.y() - r.box().bottom() : r.box().y() - ref.bottom()) <= limit).toList();
    }
}
