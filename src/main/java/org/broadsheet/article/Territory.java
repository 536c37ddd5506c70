package org.broadsheet.article;

import java.util.ArrayList;
import java.util.List;
import org.broadsheet.layout.Spans;
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

    /**
     * Like {@link #barrier(Box, Box, int)} below a headline: a short rule set right under a
     * heading is its ornament, not the end of its article.
     */
    boolean barrierBelowHead(Box head, Box lower, int frame) {
        Box ornamented = Box.ofCorners(head.x(), head.y(), head.right(), Math.min(lower.y(), head.bottom() + (int) (1.2 * unit)));
        return barrier(ornamented, lower, frame);
    }

    private int[] cuts;

    /**
     * Which horizontal section of the page a box lies in: sections are divided by rules running
     * across most of the column grid (worn rules count by the pieces found level with each other).
     * Old pages run their text column by column within a section, not across its dividing rule.
     */
    int sectionOf(Box b) {
        if (cuts == null) cuts = sectionCuts();
        int s = 0;
        for (int c : cuts) if (b.centerY() > c) s++;
        return s;
    }

    private int[] sectionCuts() {
        List<Box> cols = layout.columns();
        int x0 = cols.isEmpty() ? 0 : cols.get(0).x(), x1 = cols.isEmpty() ? layout.page().width() : cols.get(cols.size() - 1).right();
        List<Box> hs = layout.separators().stream().filter(s -> !s.vertical()).map(Separator::box)
                .sorted(java.util.Comparator.comparingDouble(Box::centerY)).toList();
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < hs.size(); ) {
            int j = i;
            List<int[]> spans = new ArrayList<>();
            // A worn or warped rule is found in pieces up to a line apart in height.
            while (j < hs.size() && hs.get(j).centerY() - hs.get(i).centerY() <= unit) {
                spans.add(new int[] {Math.max(x0, hs.get(j).x()), Math.min(x1, hs.get(j).right())});
                j++;
            }
            if (Spans.covered(spans) >= (x1 - x0) * 0.6) out.add((int) hs.get(i).centerY());
            i = j;
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Regions in a column, top down. */
    List<Region> inColumn(List<Region> rs, int c) {
        List<Region> out = new ArrayList<>();
        for (Region r : rs) if (r.firstColumn() <= c && r.lastColumn() >= c) out.add(r);
        out.sort(java.util.Comparator.comparingInt(r -> r.box().y()));
        return out;
    }
}
