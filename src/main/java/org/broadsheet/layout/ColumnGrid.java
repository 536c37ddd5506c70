package org.broadsheet.layout;

import java.util.ArrayList;
import java.util.List;
import org.broadsheet.model.Box;
import org.broadsheet.model.Line;
import org.broadsheet.model.Separator;
import org.broadsheet.model.Word;

/**
 * The page's column grid, from where body words lie: words never cross a gutter, so the x
 * projection of body-size word boxes drops to (nearly) nothing there, while the spaces between
 * words fall at random places and fill each other in. Vertical rules split columns too.
 */
final class ColumnGrid {
    private ColumnGrid() {}

    static List<Box> find(List<Line> bodyLines, List<Separator> rules, int pageWidth, int bodyHeight) {
        if (bodyLines.isEmpty()) return List.of();
        int[] cover = new int[pageWidth + 1];
        int top = Integer.MAX_VALUE, bottom = 0;
        for (Line l : bodyLines) {
            top = Math.min(top, l.box().y());
            bottom = Math.max(bottom, l.box().bottom());
            for (Word w : l.words()) {
                int x0 = Math.max(0, w.box().x()), x1 = Math.min(pageWidth, w.box().right());
                for (int x = x0; x < x1; x++) cover[x]++;
            }
        }
        int peak = 0;
        for (int c : cover) peak = Math.max(peak, c);
        // A few centred lines (bylines, kickers) may cross a gutter; body lines never do. The floor
        // stays low enough for a column holding only the short tail of an article beside a full one.
        int floor = Math.max(3, peak / 8);
        // A drawn rule is a gutter only where body lines do not run across it elsewhere on the page.
        int crossLimit = Math.max(3, peak / 5);
        List<Separator> gutters = rules.stream().filter(s -> s.vertical() && s.box().h() >= 4 * bodyHeight
                && crossings(bodyLines, s.box(), bodyHeight) < crossLimit).toList();
        for (Separator s : gutters) {
            for (int x = Math.max(0, s.box().x() - 1); x <= Math.min(pageWidth, s.box().right()); x++) cover[x] = 0;
        }
        List<int[]> runs = new ArrayList<>();
        int start = -1;
        int[] valley = valleyLevels(cover, 3 * bodyHeight);
        for (int x = 0; x <= pageWidth; x++) {
            boolean on = x < pageWidth && cover[x] >= floor && cover[x] >= valley[x];
            if (on && start < 0) start = x;
            if (!on && start >= 0) {
                runs.add(new int[] {start, x});
                start = -1;
            }
        }
        // Valleys narrower than a third of a glyph are word spaces that happen to line up.
        List<int[]> merged = new ArrayList<>();
        for (int[] r : runs) {
            int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && r[0] - last[1] < bodyHeight / 3 && !ruleBetween(gutters, last[1], r[0], bodyHeight)) last[1] = r[1];
            else merged.add(r.clone());
        }
        List<Box> cols = new ArrayList<>();
        for (int[] r : merged) {
            if (r[1] - r[0] >= 3 * bodyHeight) cols.add(Box.ofCorners(r[0], top, r[1], bottom));
        }
        return cols;
    }

    /**
     * Per x, the cover below which x lies in a valley: a third of the lower of the highest covers
     * within {@code reach} on either side. On a tightly set old page the gutter is barely wider
     * than a word space and a slight curl lets a few lines' words reach into it, so the cover
     * there never drops to nothing; it still drops far below the columns on both sides.
     */
    static int[] valleyLevels(int[] cover, int reach) {
        int n = cover.length;
        int[] left = new int[n], right = new int[n], out = new int[n];
        java.util.ArrayDeque<Integer> q = new java.util.ArrayDeque<>();
        for (int x = 0; x < n; x++) {
            while (!q.isEmpty() && q.peekFirst() < x - reach) q.pollFirst();
            left[x] = q.isEmpty() ? 0 : cover[q.peekFirst()];
            while (!q.isEmpty() && cover[q.peekLast()] <= cover[x]) q.pollLast();
            q.addLast(x);
        }
        q.clear();
        for (int x = n - 1; x >= 0; x--) {
            while (!q.isEmpty() && q.peekFirst() > x + reach) q.pollFirst();
            right[x] = q.isEmpty() ? 0 : cover[q.peekFirst()];
            while (!q.isEmpty() && cover[q.peekLast()] <= cover[x]) q.pollLast();
            q.addLast(x);
        }
        for (int x = 0; x < n; x++) out[x] = (int) Math.ceil(Math.min(left[x], right[x]) * VALLEY);
        return out;
    }

    /** How far below the columns on both sides the cover must drop for a gutter. */
    private static final double VALLEY = 0.34;

    /**
     * Body lines that run across a vertical rule's x above or below it. A rule between columns has
     * none; a table rule inside a column, or the stem of a big nameplate letter, has the column's
     * text running across its x everywhere else, and must not cut the grid for the whole page.
     */
    private static int crossings(List<Line> bodyLines, Box rule, int bodyHeight) {
        int n = 0;
        for (Line l : bodyLines) {
            Box b = l.box();
            if (b.x() < rule.x() - bodyHeight / 4 && b.right() > rule.right() + bodyHeight / 4
                    && (b.bottom() < rule.y() - bodyHeight || b.y() > rule.bottom() + bodyHeight)) n++;
        }
        return n;
    }

    private static boolean ruleBetween(List<Separator> rules, int x0, int x1, int bodyHeight) {
        return rules.stream().anyMatch(s -> s.vertical() && s.box().h() >= 4 * bodyHeight
                && s.box().centerX() >= x0 - 2 && s.box().centerX() <= x1 + 2);
    }

    /** Index of the first and last column a box overlaps substantially, {-1,-1} when none. */
    static int[] span(List<Box> columns, Box b) {
        int first = -1, last = -1;
        for (int i = 0; i < columns.size(); i++) {
            Box c = columns.get(i);
            int ov = c.horizontalOverlap(b);
            if (ov >= Math.min(c.w(), b.w()) * 0.4 || ov >= c.w() * 0.6) {
                if (first < 0) first = i;
                last = i;
            }
        }
        if (first < 0) {
            // Narrow items in a gutter or margin: take the nearest column.
            double best = Double.MAX_VALUE;
            for (int i = 0; i < columns.size(); i++) {
                double d = Math.abs(columns.get(i).centerX() - b.centerX());
                if (d < best) {
                    best = d;
                    first = last = i;
                }
            }
        }
        return new int[] {first, last};
    }
}
