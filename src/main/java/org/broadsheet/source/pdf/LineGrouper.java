package org.broadsheet.source.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Groups glyphs into lines before anything else is built from them: first columns of stacked upright
 * glyphs (vertical CJK), then baseline lines, separately for each writing direction so that rotated
 * page furniture never mixes with the upright text it crosses.
 */
final class LineGrouper {
    /** Glyphs on one line may differ this much in baseline, as a fraction of the smaller size. */
    static final double BASELINE_TOLERANCE = 0.25;
    /** A wider horizontal gap than this (in ems) ends a line: it is a column gutter, not a word space. */
    static final double MAX_LINE_GAP = 0.9;
    /** A larger vertical gap than this (in ems) between stacked glyphs ends a vertical line. */
    static final double MAX_STACK_GAP = 0.6;

    private LineGrouper() {}

    static List<GlyphLine> group(List<PdfGlyph> glyphs) {
        List<PdfGlyph> upright = glyphs.stream().filter(g -> g.upright() && !g.isSpace()).toList();
        Set<Integer> inStack = new HashSet<>();
        List<GlyphLine> lines = new ArrayList<>(stackedLines(upright, inStack));

        Map<Long, List<PdfGlyph>> byDirection = new TreeMap<>();
        for (PdfGlyph g : glyphs) {
            if (inStack.contains(g.seq())) continue;
            long bucket = g.upright() ? 0 : Math.round(g.angle());
            byDirection.computeIfAbsent(bucket, k -> new ArrayList<>()).add(g);
        }
        for (Map.Entry<Long, List<PdfGlyph>> e : byDirection.entrySet()) {
            lines.addAll(baselineLines(e.getValue(), e.getKey()));
        }
        return lines;
    }

    /**
     * Upright glyphs whose nearest neighbour is the one above or below rather than one beside are
     * vertical writing; linked top to bottom they become vertical lines. Adds their drawing-order
     * numbers to {@code inStack}.
     */
    private static List<GlyphLine> stackedLines(List<PdfGlyph> upright, Set<Integer> inStack) {
        if (upright.size() < 2) return List.of();
        double median = upright.stream().mapToDouble(PdfGlyph::size).sorted().skip(upright.size() / 2).findFirst().orElse(10);
        GlyphGrid grid = new GlyphGrid(upright, 2 * median);
        List<PdfGlyph> candidates = new ArrayList<>();
        for (int i = 0; i < upright.size(); i++) {
            PdfGlyph g = upright.get(i);
            if (g.stacked() || nearestBelowOrAbove(g, i, grid) < nearestBeside(g, i, grid) - 0.1 * g.size()) {
                candidates.add(g);
            }
        }
        GlyphGrid candidateGrid = new GlyphGrid(candidates, 2 * median);
        UnionFind uf = new UnionFind(candidates.size());
        for (int a = 0; a < candidates.size(); a++) {
            PdfGlyph g = candidates.get(a);
            double reach = MAX_STACK_GAP * g.size();
            for (int b : candidateGrid.near(g.left(), g.top() - reach, g.right(), g.bottom() + reach)) {
                if (b > a && stackLink(g, candidates.get(b))) uf.union(a, b);
            }
        }
        List<GlyphLine> out = new ArrayList<>();
        for (List<Integer> group : uf.groups()) {
            if (group.size() < 2) continue;
            List<PdfGlyph> members = group.stream().map(candidates::get).toList();
            long cjk = members.stream().filter(g -> GlyphText.isCjk(g.text())).count();
            if (cjk * 2 < members.size()) continue; // stacked Latin letters are far more likely a coincidence of short words
            List<PdfGlyph> ordered = members.stream()
                    .sorted(Comparator.comparingDouble(PdfGlyph::top).thenComparingInt(PdfGlyph::seq)).toList();
            ordered.forEach(g -> inStack.add(g.seq()));
            out.add(new GlyphLine(ordered, true, 0));
        }
        return out;
    }

    private static boolean stackLink(PdfGlyph g, PdfGlyph h) {
        double size = Math.min(g.size(), h.size());
        if (Math.max(g.size(), h.size()) > 1.3 * size) return false;
        if (Math.abs(g.centerX() - h.centerX()) > 0.3 * size) return false;
        double gap = Math.max(h.top() - g.bottom(), g.top() - h.bottom());
        return gap <= MAX_STACK_GAP * size;
    }

    private static double nearestBeside(PdfGlyph g, int self, GlyphGrid grid) {
        double best = Double.MAX_VALUE;
        double reach = 1.5 * g.size();
        for (int i : grid.near(g.left() - reach, g.top(), g.right() + reach, g.bottom())) {
            if (i == self) continue;
            PdfGlyph n = grid.get(i);
            if (Math.abs(n.v() - g.v()) > BASELINE_TOLERANCE * g.size() || !similarSize(g, n, 1.5)) continue;
            best = Math.min(best, Math.max(0, Math.max(n.left() - g.right(), g.left() - n.right())));
        }
        return best;
    }

    private static double nearestBelowOrAbove(PdfGlyph g, int self, GlyphGrid grid) {
        double best = Double.MAX_VALUE;
        double reach = 1.5 * g.size();
        for (int i : grid.near(g.left(), g.top() - reach, g.right(), g.bottom() + reach)) {
            if (i == self) continue;
            PdfGlyph n = grid.get(i);
            if (Math.abs(n.centerX() - g.centerX()) > 0.3 * g.size() || !similarSize(g, n, 1.3)) continue;
            double gap = Math.max(0, Math.max(n.top() - g.bottom(), g.top() - n.bottom()));
            if (gap <= MAX_STACK_GAP * g.size()) best = Math.min(best, gap);
        }
        return best;
    }

    private static boolean similarSize(PdfGlyph a, PdfGlyph b, double ratio) {
        return Math.max(a.size(), b.size()) <= ratio * Math.min(a.size(), b.size());
    }

    /** Glyphs of one writing direction: linked when they share a baseline and no gutter lies between them. */
    private static List<GlyphLine> baselineLines(List<PdfGlyph> glyphs, long bucket) {
        List<PdfGlyph> byV = glyphs.stream()
                .sorted(Comparator.comparingDouble(PdfGlyph::v).thenComparingInt(PdfGlyph::seq)).toList();
        UnionFind uf = new UnionFind(byV.size());
        for (int i = 0; i < byV.size(); i++) {
            PdfGlyph a = byV.get(i);
            for (int j = i + 1; j < byV.size(); j++) {
                PdfGlyph b = byV.get(j);
                if (b.v() - a.v() > BASELINE_TOLERANCE * a.size()) break; // the link tolerance is at most this
                if (baselineLink(a, b)) uf.union(i, j);
            }
        }
        List<GlyphLine> out = new ArrayList<>();
        for (List<Integer> group : uf.groups()) {
            List<PdfGlyph> members = group.stream().map(byV::get)
                    .sorted(Comparator.comparingDouble(PdfGlyph::u).thenComparingInt(PdfGlyph::seq)).toList();
            if (members.stream().allMatch(PdfGlyph::isSpace)) continue;
            out.add(new GlyphLine(trimSpaces(members), false, bucket == 0 ? 0 : members.get(0).angle()));
        }
        return out;
    }

    private static boolean baselineLink(PdfGlyph a, PdfGlyph b) {
        boolean anySpace = a.isSpace() || b.isSpace();
        double small = Math.min(a.size(), b.size()), large = Math.max(a.size(), b.size());
        if (Math.abs(a.v() - b.v()) > BASELINE_TOLERANCE * small) return false;
        if (!anySpace && large > 1.6 * small) return false;
        double gap = Math.max(b.u() - (a.u() + a.advance()), a.u() - (b.u() + b.advance()));
        return gap <= MAX_LINE_GAP * (anySpace ? small : large);
    }

    private static List<PdfGlyph> trimSpaces(List<PdfGlyph> g) {
        int from = 0, to = g.size();
        while (from < to && g.get(from).isSpace()) from++;
        while (to > from && g.get(to - 1).isSpace()) to--;
        return g.subList(from, to);
    }
}
