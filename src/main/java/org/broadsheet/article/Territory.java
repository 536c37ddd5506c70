package org.broadsheet.article;

import java.util.ArrayList;
import java.util.List;
import org.broadsheet.model.Box;
import org.broadsheet.model.PageLayout;
import org.broadsheet.model.Region;
import org.broadsheet.model.Separator;

/** Geometry questions the article rules ask about a page: columns, frames and barriers between regions. */
final class Territory {
    final PageLayout layout;
    final double unit;

    Territory(PageLayout layout, double unit) {
        this.layout = layout;
        this.unit = unit;
    }

    /** x range of columns {@code a..b}, or null without a grid. */
    int[] columnsX(int a, int b) {
        List<Box> cols = layout.columns();
        if (cols.isEmpty() || a < 0) return null;
        return new int[] {cols.get(a).x(), cols.get(Math.min(b, cols.size() - 1)).right()};
    }

    int frameOf(Box b) {
        int best = -1;
        List<Box> fs = layout.frames();
        for (int i = 0; i < fs.size(); i++) {
            Box f = fs.get(i);
            if (b.centerX() > f.x() && b.centerX() < f.right() && b.centerY() > f.y() && b.centerY() < f.bottom()
                    && (best < 0 || f.area() < fs.get(best).area())) best = i;
        }
        return best;
    }

    /**
     * True when something drawn or set between {@code upper} and {@code lower} closes the upper
     * article: a horizontal rule across the lower region, a frame the two are not both in.
     */
    boolean barrier(Box upper, Box lower, int frame) {
        int y0 = upper.bottom() - (int) (unit * 0.3), y1 = lower.y() + (int) (unit * 0.3);
        for (Separator s : layout.separators()) {
            Box r = s.box();
            if (s.vertical() || r.centerY() < y0 || r.centerY() > y1) continue;
            if (r.horizontalOverlap(lower) > Math.min(lower.w(), r.w()) * 0.5) return true;
        }
        List<Box> fs = layout.frames();
        for (int i = 0; i < fs.size(); i++) {
            if (i == frame) continue;
            Box f = fs.get(i);
            if (f.bottom() > upper.bottom() && f.y() < lower.y() && f.horizontalOverlap(lower) > lower.w() * 0.3) return true;
        }
        return false;
    }

    /** Regions in a column, top down. */
    List<Region> inColumn(List<Region> rs, int c) {
        List<Region> out = new ArrayList<>();
        for (Region r : rs) if (r.firstColumn() <= c && r.lastColumn() >= c) out.add(r);
        out.sort(java.util.Comparator.comparingInt(r -> r.box().y()));
        return out;
    }
}
