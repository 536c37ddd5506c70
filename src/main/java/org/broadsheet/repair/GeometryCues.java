package org.broadsheet.repair;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.broadsheet.model.Box;
import org.broadsheet.model.Line;
import org.broadsheet.model.Region;
import org.broadsheet.model.Word;

/**
 * Measures paragraph cues on OCR lines from their boxes, relative to the region (column) each
 * line sits in, with the glyph height as the unit. Vertical lines are measured along their own
 * axis (top to bottom), so the same rules serve vertical Chinese.
 */
final class GeometryCues {
    private GeometryCues() {}

    /** A line of a body stream, with the region it lies in and its cleaned text. */
    record Placed(Region region, Line line, String text) {}

    /** Indent thresholds in glyph heights: a Chinese indent is two ideographs, a Latin one about an em. */
    private static final double CJK_INDENT = 0.8;
    private static final double LATIN_INDENT = 1.0;
    /** Extra leading, in glyph heights above the region's usual, that marks a paragraph gap. */
    private static final double EXTRA_LEADING = 0.7;

    static List<LineCue> cues(List<Placed> stream, boolean spaceAtScriptChange, SentenceStarts starts) {
        Map<Region, Edges> edges = edges(stream);
        List<int[]> runs = VerticalRuns.find(stream.stream().map(Placed::text).toList());
        List<LineCue> cues = new ArrayList<>();
        int runIndex = 0;
        for (int i = 0; i < stream.size(); i++) {
            if (runIndex < runs.size() && runs.get(runIndex)[0] == i) {
                int[] run = runs.get(runIndex++);
                List<String> ids = new ArrayList<>();
                StringBuilder sb = new StringBuilder();
                for (Placed p : stream.subList(run[0], run[1])) {
                    ids.add(p.line().id());
                    sb.append(p.text().strip());
                }
                cues.add(new LineCue(ids, sb.toString(), false, true, true, true, false, false));
                i = run[1] - 1;
                continue;
            }
            Placed p = stream.get(i);
            Edges e = edges.get(p.region());
            Placed prev = i > 0 ? stream.get(i - 1) : null;
            Placed next = i + 1 < stream.size() ? stream.get(i + 1) : null;
            boolean cjk = Script.countHan(p.text()) >= Script.countLatinLetters(p.text()) && Script.countHan(p.text()) > 0;
            double gh = e.glyph();
            boolean indented = e.start(p.line().box(), p.line().vertical()) - e.startEdge() > (cjk ? CJK_INDENT : LATIN_INDENT) * gh;
            boolean gap = prev != null && prev.region() == p.region()
                    && e.leading(prev.line(), p.line()) > e.usualLeading() + EXTRA_LEADING * gh;
            boolean room = next == null || roomAfter(p, next, e, cjk, spaceAtScriptChange);
            cues.add(new LineCue(List.of(p.line().id()), p.text().strip(), indented, gap, room, false,
                    LineFixes.isFakeBold(p.line().text()), starts.opens(p.text().strip())));
        }
        return cues;
    }

    /**
     * Edges per region. A short region (the end of an article's last column) cannot show its own
     * column width, so it takes the median width of the fuller regions of the same stream.
     */
    private static Map<Region, Edges> edges(List<Placed> stream) {
        // In the stream's order: a region's hash mixes in its role's identity hash, which differs from
        // one run to the next, so a hashed order would pick a different fuller region from run to run.
        Map<Region, Edges> edges = new LinkedHashMap<>();
        for (Placed p : stream) edges.computeIfAbsent(p.region(), Edges::of);
        double[] widths = edges.entrySet().stream().filter(e -> e.getKey().lines().size() >= FEW_LINES)
                .mapToDouble(e -> e.getValue().endEdge() - e.getValue().startEdge()).toArray();
        if (widths.length > 0) {
            double width = median(widths);
            Map<Region, Edges> full = new LinkedHashMap<>(edges);
            full.keySet().removeIf(r -> r.lines().size() < FEW_LINES);
            edges.replaceAll((r, e) -> {
                if (r.lines().size() >= FEW_LINES) return e;
                // A fuller region of the same column knows its real edges; measuring from a short
                // region's own lines would take an indented first line for the column's start.
                for (Map.Entry<Region, Edges> f : full.entrySet()) {
                    if (sameColumn(f.getKey(), r, e.vertical())) return e.within(f.getValue());
                }
                return e.atLeast(width);
            });
        }
        return edges;
    }

    private static boolean sameColumn(Region a, Region b, boolean vertical) {
        int overlap = vertical ? a.box().verticalOverlap(b.box()) : a.box().horizontalOverlap(b.box());
        int size = vertical ? Math.min(a.box().h(), b.box().h()) : Math.min(a.box().w(), b.box().w());
        return overlap > size * 0.5;
    }

    private static boolean mostlyHan(List<Line> lines) {
        int han = 0;
        int latin = 0;
        for (Line l : lines) {
            han += Script.countHan(l.text());
            latin += Script.countLatinLetters(l.text());
        }
        return han > latin;
    }

    private static boolean roomAfter(Placed p, Placed next, Edges e, boolean cjk, boolean spaceAtScriptChange) {
        double gh = e.glyph();
        double free = e.endEdge() - e.end(p.line().box(), p.line().vertical());
        String token = PlainTextCues.firstToken(next.text().strip());
        boolean tokenCjk = !token.isEmpty() && Script.isCjk(token.codePointAt(0));
        if (tokenCjk) {
            // Chinese lines are set full, so no ragged margin is needed: an empty cell is an em,
            // and a Han glyph box is about 0.9 em tall, so 0.9 glyph heights a character is room.
            return free >= CJK_CELL * gh * Math.max(1, token.codePointCount(0, token.length()));
        }
        double need = firstWordLength(next.line(), token, gh) + (cjk && !spaceAtScriptChange ? 0 : 0.35 * gh);
        // "Clearly short": the next word fits with a margin, so a ragged right edge does not count.
        return free > need + 0.25 * gh;
    }

    /** The length of the token on the page: its word's box, or the token's share of it when the token is the head of a compound. */
    private static double firstWordLength(Line line, String token, double gh) {
        if (!line.words().isEmpty()) {
            Word w = line.words().get(0);
            double length = line.vertical() ? w.box().h() : w.box().w();
            int letters = w.text().strip().length();
            return token.length() < letters && letters > 0 ? length * token.length() / letters : length;
        }
        return token.length() * 0.55 * gh;
    }

    /** Room for one ideograph at a line end, in glyph heights. */
    private static final double CJK_CELL = 0.9;
    /** Regions with fewer lines than this borrow the column width of the stream's fuller regions. */
    private static final int FEW_LINES = 4;

    /**
     * A region's column edges along the reading axis, its glyph height and usual leading. The
     * edges come from the lines, not the region box: the left edge is the lower quartile of line
     * starts (indented first lines do not move it); the right edge is the median end of the long
     * lines in Chinese, where every line is full and punctuation may hang past the column, and
     * the second longest line of several words in Latin text, whose lines fall short of the column by up to a word.
     */
    record Edges(double startEdge, double endEdge, double glyph, double usualLeading, boolean vertical) {
        static Edges of(Region r) {
            List<Line> lines = r.lines();
            boolean vertical = lines.stream().filter(Line::vertical).count() * 2 > lines.size();
            double[] starts = lines.stream().mapToDouble(l -> axisStart(l.box(), vertical)).sorted().toArray();
            double[] ends = lines.stream().mapToDouble(l -> axisEnd(l.box(), vertical)).sorted().toArray();
            double glyph = Math.max(1, median(lines.stream().mapToDouble(Line::glyphHeight).toArray()));
            double startEdge = starts.length == 0 ? axisStart(r.box(), vertical) : starts[(starts.length - 1) / 4];
            double endEdge;
            if (ends.length == 0) {
                endEdge = axisEnd(r.box(), vertical);
            } else if (mostlyHan(lines)) {
                double max = ends[ends.length - 1];
                double floor = startEdge + 0.7 * (max - startEdge);
                endEdge = median(java.util.Arrays.stream(ends).filter(e -> e >= floor).toArray());
            } else {
                endEdge = latinEnd(lines, ends, vertical);
            }
            double[] leadings = new double[Math.max(0, lines.size() - 1)];
            for (int i = 1; i < lines.size(); i++) leadings[i - 1] = leadingBetween(lines.get(i - 1), lines.get(i), vertical);
            return new Edges(startEdge, endEdge, glyph, paragraphLeading(leadings, glyph), vertical);
        }

        /** A single word longer than the column sticks out past it, so lines of several words set the edge where there are enough. */
        private static double latinEnd(List<Line> lines, double[] ends, boolean vertical) {
            double[] spaced = lines.stream().filter(l -> l.text().strip().indexOf(' ') > 0)
                    .mapToDouble(l -> axisEnd(l.box(), vertical)).sorted().toArray();
            double[] from = spaced.length >= FEW_LINES ? spaced : ends;
            return from[from.length - (from.length >= FEW_LINES ? 2 : 1)];
        }

        /** The column edges of a fuller region of the same column, this region's own type and leading. */
        Edges within(Edges column) {
            return new Edges(column.startEdge, Math.max(endEdge, column.endEdge), glyph, usualLeading, vertical);
        }

        /** The same edges with the right one moved out to {@code width} from the left one, when that is further. */
        Edges atLeast(double width) {
            return new Edges(startEdge, Math.max(endEdge, startEdge + width), glyph, usualLeading, vertical);
        }

        double start(Box b, boolean lineVertical) { return axisStart(b, vertical); }
        double end(Box b, boolean lineVertical) { return axisEnd(b, vertical); }
        double leading(Line prev, Line cur) { return leadingBetween(prev, cur, vertical); }
    }

    /**
     * The leading inside paragraphs: the median of the tight cluster at the bottom of the region's
     * leadings. The plain median would be the paragraph gap in a region of many one-line paragraphs.
     */
    private static double paragraphLeading(double[] leadings, double glyph) {
        if (leadings.length == 0) return 0;
        double[] sorted = leadings.clone();
        java.util.Arrays.sort(sorted);
        double low = sorted[(int) (STRAY_LEADINGS * sorted.length)];
        return median(java.util.Arrays.stream(sorted).filter(l -> l <= low + TIGHT_CLUSTER * glyph).toArray());
    }

    /** Share of leadings that may be tighter than inside paragraphs (touching lines, a misjoined box). */
    private static final double STRAY_LEADINGS = 0.1;
    /** Spread of leadings inside paragraphs, in glyph heights: ascenders and descenders move line boxes by less. */
    private static final double TIGHT_CLUSTER = 0.35;

    private static double axisStart(Box b, boolean vertical) { return vertical ? b.y() : b.x(); }

    private static double axisEnd(Box b, boolean vertical) { return vertical ? b.bottom() : b.right(); }

    /** Space between two consecutive lines across the reading axis; vertical columns run right to left. */
    private static double leadingBetween(Line prev, Line cur, boolean vertical) {
        return vertical ? prev.box().x() - cur.box().right() : cur.box().y() - prev.box().bottom();
    }

    private static double median(double[] v) {
        if (v.length == 0) return 0;
        double[] s = v.clone();
        java.util.Arrays.sort(s);
        return s[s.length / 2];
    }
}
