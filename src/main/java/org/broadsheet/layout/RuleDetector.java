package org.broadsheet.layout;

import java.util.ArrayList;
import java.util.List;
import org.broadsheet.model.Box;
import org.broadsheet.model.Separator;

/**
 * Finds drawn rules: long, thin runs of ink. A rule is followed row by row (or column by column),
 * so a slightly tilted one is still one rule; its thickness is measured as ink per unit of length,
 * which keeps photos and bold type (thick) apart from rules (thin) whatever the tilt.
 */
final class RuleDetector {
    private RuleDetector() {}

    /** @param minLength shortest run that counts as a rule, in pixels */
    static List<Separator> detect(Ink ink, int minLength, int maxThickness) {
        List<Separator> out = new ArrayList<>();
        out.addAll(scan(ink, false, minLength, maxThickness));
        out.addAll(scan(ink, true, minLength, maxThickness));
        return out;
    }

    private static final class Segment {
        int lo, hi, first, last, lastLo, lastHi;
        long ink;
    }

    /** Gaps of up to this many pixels do not end a run: worn rules have pin-holes. */
    private static final int GAP = 2;

    /** Horizontal rules when {@code vertical} is false: lines are rows, positions along them are x. */
    private static List<Separator> scan(Ink ink, boolean vertical, int minLength, int maxThickness) {
        List<int[]> runs = vertical ? columnRuns(ink, minLength) : rowRuns(ink, minLength);
        List<Segment> open = new ArrayList<>();
        List<Segment> done = new ArrayList<>();
        for (int[] run : runs) {
            int l = run[0];
            for (int i = open.size() - 1; i >= 0; i--) {
                if (open.get(i).last < l - 2) done.add(open.remove(i));
            }
            addRun(open, l, run[1], run[2]);
        }
        done.addAll(open);
        List<Separator> out = new ArrayList<>();
        for (Segment s : done) {
            int length = s.hi - s.lo;
            double thickness = (double) s.ink / length;
            int span = s.last - s.first + 1;
            // A rule tilted by a few degrees climbs length * tan(angle) across its length.
            if (length < minLength || thickness > maxThickness || span > maxThickness + length * 0.06) continue;
            Box box = vertical ? Box.ofCorners(s.first, s.lo, s.last + 1, s.hi) : Box.ofCorners(s.lo, s.first, s.hi, s.last + 1);
            out.add(new Separator(box, vertical));
        }
        return out;
    }

    /** Long runs of ink along each row, as {row, start, end}, rows in order. */
    private static List<int[]> rowRuns(Ink ink, int minLength) {
        List<int[]> out = new ArrayList<>();
        int w = ink.width;
        for (int y = 0; y < ink.height; y++) {
            int start = -1, lastDark = -1, o = y * w;
            for (int x = 0; x <= w; x++) {
                if (x < w && ink.dark(o + x)) {
                    if (start < 0) start = x;
                    lastDark = x;
                } else if (start >= 0 && x - lastDark > GAP) {
                    if (lastDark - start + 1 >= minLength) out.add(new int[] {y, start, lastDark + 1});
                    start = -1;
                }
            }
        }
        return out;
    }

    /**
     * Long runs of ink down each column, as {column, start, end}, columns in order. Followed row by
     * row with a state per column: the page is stored row by row, and walking it down each column
     * would jump a whole row of memory per pixel.
     */
    private static List<int[]> columnRuns(Ink ink, int minLength) {
        int w = ink.width, h = ink.height;
        // Per column: where its open run starts, and the row from which paper ends it. Most pixels
        // are paper, and this way a paper pixel costs one comparison.
        int[] start = new int[w], closeAt = new int[w];
        java.util.Arrays.fill(start, -1);
        java.util.Arrays.fill(closeAt, Integer.MAX_VALUE);
        List<int[]> out = new ArrayList<>();
        for (int y = 0; y <= h; y++) {
            int o = y * w;
            for (int x = 0; x < w; x++) {
                if (y < h && ink.dark(o + x)) {
                    if (start[x] < 0) start[x] = y;
                    closeAt[x] = y + GAP + 1;
                } else if (y >= closeAt[x]) {
                    int end = closeAt[x] - GAP;
                    if (end - start[x] >= minLength) out.add(new int[] {x, start[x], end});
                    start[x] = -1;
                    closeAt[x] = Integer.MAX_VALUE;
                }
            }
        }
        out.sort(java.util.Comparator.<int[]>comparingInt(r -> r[0]).thenComparingInt(r -> r[1]));
        return out;
    }

    private static void addRun(List<Segment> open, int line, int lo, int hi) {
        for (Segment s : open) {
            if (s.last >= line - 2 && s.last < line && Math.min(hi, s.lastHi) > Math.max(lo, s.lastLo)) {
                s.lo = Math.min(s.lo, lo);
                s.hi = Math.max(s.hi, hi);
                s.last = line;
                s.lastLo = lo;
                s.lastHi = hi;
                s.ink += hi - lo;
                return;
            }
        }
        Segment s = new Segment();
        s.lo = s.lastLo = lo;
        s.hi = s.lastHi = hi;
        s.first = s.last = line;
        s.ink = hi - lo;
        open.add(s);
    }

    /** Rectangles closed by four rules: sidebars and boxed items. */
    static List<Box> frames(List<Separator> rules, int tolerance, int minSide) {
        List<Separator> hs = rules.stream().filter(r -> !r.vertical())
                .sorted(java.util.Comparator.comparingInt(r -> r.box().y())).toList();
        List<Separator> vs = rules.stream().filter(Separator::vertical).toList();
        List<Box> out = new ArrayList<>();
        for (Separator top : hs) {
            for (Separator bottom : hs) {
                Box t = top.box(), b = bottom.box();
                if (b.y() - t.y() < minSide || Math.abs(t.x() - b.x()) > tolerance
                        || Math.abs(t.right() - b.right()) > tolerance) continue;
                int x0 = Math.min(t.x(), b.x()), x1 = Math.max(t.right(), b.right());
                boolean left = vs.stream().anyMatch(v -> side(v.box(), x0, t.y(), b.bottom(), tolerance));
                boolean right = vs.stream().anyMatch(v -> side(v.box(), x1, t.y(), b.bottom(), tolerance));
                if (!left || !right) continue;
                Box f = Box.ofCorners(x0, t.y(), x1, b.bottom());
                // The innermost closing bottom wins: a frame stacked on another shares its rules.
                boolean nested = out.stream().anyMatch(o -> o.x() == f.x() && o.y() == f.y() && o.right() == f.right());
                if (!nested) out.add(f);
            }
        }
        return out;
    }

    private static boolean side(Box v, int x, int top, int bottom, int tol) {
        return Math.abs(v.centerX() - x) <= tol && v.y() <= top + tol && v.bottom() >= bottom - tol;
    }
}
