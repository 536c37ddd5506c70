package org.broadsheet.source.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.broadsheet.model.BlockKind;

/**
 * Groups lines into blocks by proximity: lines of one size, one above the next with a small gap and
 * the same horizontal extent (vertical lines: side by side, same vertical extent). It deliberately
 * stops there; columns, headlines and articles are the layout stage's business.
 */
final class BlockGrouper {
    /** Lines this many ems apart (box to box) or more are not in one block. */
    static final double MAX_LINE_GAP = 1.0;
    /** A block whose size is this many times the page's body size is a heading. */
    static final double HEADING_RATIO = 1.5;

    /** Lines of one block in reading order, split into paragraphs; {@code indents[i]} is paragraph i's first-line indent. */
    record LineBlock(BlockKind kind, List<List<GlyphLine>> paragraphs, int[] indents, int firstSeq) {}

    private BlockGrouper() {}

    static List<LineBlock> group(List<GlyphLine> lines) {
        List<GlyphLine> flat = lines.stream().filter(l -> !l.stacked() && !l.rotated()).toList();
        List<GlyphLine> stacked = lines.stream().filter(GlyphLine::stacked).toList();
        double body = bodySize(flat.isEmpty() ? lines : flat);

        List<LineBlock> out = new ArrayList<>();
        for (List<GlyphLine> g : link(flat, BlockGrouper::flatLink)) {
            List<GlyphLine> ordered = g.stream()
                    .sorted(Comparator.comparingDouble(GlyphLine::top).thenComparingDouble(GlyphLine::left)).toList();
            BlockKind kind = median(ordered) >= HEADING_RATIO * body ? BlockKind.HEADING : BlockKind.TEXT;
            out.add(paragraphs(kind, ordered));
        }
        for (List<GlyphLine> g : link(stacked, BlockGrouper::stackLink)) {
            // vertical columns read right to left
            List<GlyphLine> ordered = g.stream()
                    .sorted(Comparator.comparingDouble(GlyphLine::right).reversed().thenComparingDouble(GlyphLine::top)).toList();
            out.add(new LineBlock(BlockKind.VERTICAL_TEXT, List.of(ordered), new int[] {0}, firstSeq(ordered)));
        }
        for (GlyphLine l : lines) {
            if (l.rotated()) out.add(new LineBlock(BlockKind.OTHER, List.of(List.of(l)), new int[] {0}, l.firstSeq()));
        }
        // Drawing order is the producer's order, which for e-papers usually runs article by article.
        out.sort(Comparator.comparingInt(LineBlock::firstSeq));
        return out;
    }

    private interface Link {
        boolean test(GlyphLine a, GlyphLine b);
    }

    private static List<List<GlyphLine>> link(List<GlyphLine> lines, Link link) {
        UnionFind uf = new UnionFind(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            for (int j = i + 1; j < lines.size(); j++) {
                if (link.test(lines.get(i), lines.get(j)) || link.test(lines.get(j), lines.get(i))) uf.union(i, j);
            }
        }
        return uf.groups().stream().map(g -> g.stream().map(lines::get).toList()).toList();
    }

    /** {@code a} directly above {@code b} in the same block. */
    private static boolean flatLink(GlyphLine a, GlyphLine b) {
        double sa = a.size(), sb = b.size(), small = Math.min(sa, sb);
        if (Math.max(sa, sb) > 1.25 * small || a.top() > b.top()) return false;
        double gap = b.top() - a.bottom();
        if (gap < -0.3 * small || gap > MAX_LINE_GAP * small) return false;
        double overlap = Math.min(a.right(), b.right()) - Math.max(a.left(), b.left());
        double minW = Math.min(a.width(), b.width()), maxW = Math.max(a.width(), b.width());
        if (overlap >= 0.5 * minW && minW >= 0.6 * maxW) return true;
        // One of them is short: a paragraph's last line, maybe above the indented first line of the
        // next (left edges within an indent), or a line of a centred heading.
        boolean leftAligned = Math.abs(a.left() - b.left()) <= 3 * small;
        boolean centred = overlap >= 0.5 * minW
                && Math.abs((a.left() + a.right()) / 2 - (b.left() + b.right()) / 2) <= 1.5 * small;
        return leftAligned || centred;
    }

    /** {@code a} the vertical column directly right of {@code b}. */
    private static boolean stackLink(GlyphLine a, GlyphLine b) {
        double sa = a.size(), sb = b.size(), small = Math.min(sa, sb);
        if (Math.max(sa, sb) > 1.25 * small || a.left() < b.left()) return false;
        double gap = a.left() - b.right();
        if (gap < -0.3 * small || gap > MAX_LINE_GAP * small) return false;
        double overlap = Math.min(a.bottom(), b.bottom()) - Math.max(a.top(), b.top());
        return overlap >= 0.5 * Math.min(a.height(), b.height());
    }

    private static LineBlock paragraphs(BlockKind kind, List<GlyphLine> lines) {
        double size = median(lines);
        double left = lines.stream().mapToDouble(GlyphLine::left).sorted().skip(lines.size() / 2).findFirst().orElse(0);
        double right = lines.stream().mapToDouble(GlyphLine::right).max().orElse(0);
        long fullWidth = lines.stream().filter(l -> l.right() >= right - size).count();
        boolean justified = lines.size() >= 3 && fullWidth * 10 >= lines.size() * 6;
        double pitch = medianPitch(lines);

        List<List<GlyphLine>> paras = new ArrayList<>();
        List<Integer> indents = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            GlyphLine l = lines.get(i);
            boolean start = i == 0;
            if (i > 0) {
                GlyphLine p = lines.get(i - 1);
                boolean indented = l.left() - left >= 0.8 * size && p.left() - left < 0.8 * size;
                boolean wideGap = pitch > 0 && l.top() - p.top() > 1.5 * pitch;
                boolean prevShort = justified && p.right() < right - 2.5 * size;
                start = kind != BlockKind.HEADING && (indented || wideGap || prevShort);
            }
            if (start) {
                paras.add(new ArrayList<>());
                indents.add((int) Math.round(Math.max(0, l.left() - left)));
            }
            paras.get(paras.size() - 1).add(l);
        }
        return new LineBlock(kind, paras.stream().map(List::copyOf).toList(),
                indents.stream().mapToInt(Integer::intValue).toArray(), firstSeq(lines));
    }

    private static double medianPitch(List<GlyphLine> lines) {
        if (lines.size() < 2) return 0;
        double[] d = new double[lines.size() - 1];
        for (int i = 1; i < lines.size(); i++) d[i - 1] = lines.get(i).top() - lines.get(i - 1).top();
        java.util.Arrays.sort(d);
        return d[d.length / 2];
    }

    private static double median(List<GlyphLine> lines) {
        double[] s = lines.stream().mapToDouble(GlyphLine::size).sorted().toArray();
        return s[s.length / 2];
    }

    /** The size most glyphs on the page are set in. */
    private static double bodySize(List<GlyphLine> lines) {
        List<double[]> sizeCount = new ArrayList<>();
        for (GlyphLine l : lines) sizeCount.add(new double[] {l.size(), l.glyphs().size()});
        sizeCount.sort(Comparator.comparingDouble(a -> a[0]));
        double total = sizeCount.stream().mapToDouble(a -> a[1]).sum(), acc = 0;
        for (double[] a : sizeCount) {
            acc += a[1];
            if (acc * 2 >= total) return a[0];
        }
        return 0;
    }

    private static int firstSeq(List<GlyphLine> lines) {
        return lines.stream().mapToInt(GlyphLine::firstSeq).min().orElse(0);
    }
}
