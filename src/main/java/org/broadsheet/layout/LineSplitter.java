package org.broadsheet.layout;

import java.util.ArrayList;
import java.util.List;
import org.broadsheet.model.Box;
import org.broadsheet.model.Line;
import org.broadsheet.model.Separator;
import org.broadsheet.model.Word;

/**
 * Cuts a text line where it crosses a vertical rule or a column gutter. OCR engines sometimes read
 * straight across a narrow gutter, which would glue two articles' lines together.
 */
final class LineSplitter {
    private LineSplitter() {}

    static List<Line> split(List<Line> lines, List<Box> columns, List<Separator> rules, int bodyHeight) {
        List<Line> out = new ArrayList<>();
        for (Line l : lines) {
            // Display type may run across a gutter; a gutter cuts it only where the words stand
            // further apart than a centred headline's words ever do: that is two headlines side by side.
            int h = LineMetrics.height(l);
            int minGap = h > bodyHeight * 1.3 ? (int) (1.5 * h) : 0;
            out.addAll(split(l, columns, rules, bodyHeight, minGap));
        }
        return out;
    }

    private static List<Line> split(Line line, List<Box> columns, List<Separator> rules, int bodyHeight, int minGap) {
        if (line.vertical() || line.words().size() < 2) return List.of(line);
        List<List<Word>> parts = new ArrayList<>();
        List<Word> cur = new ArrayList<>();
        Word prev = null;
        for (Word w : line.words()) {
            if (prev != null && cuts(prev.box(), w.box(), line.box(), columns, rules, bodyHeight, minGap)) {
                parts.add(cur);
                cur = new ArrayList<>();
            }
            cur.add(w);
            prev = w;
        }
        parts.add(cur);
        if (parts.size() == 1) return List.of(line);
        List<Line> out = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            List<Word> ws = parts.get(i);
            Box box = pieceBox(ws, line.box());
            out.add(new Line(line.id() + "_" + (i + 1), joinWords(ws), box, ws,
                    ws.stream().mapToDouble(Word::confidence).average().orElse(line.confidence()), false));
        }
        return out;
    }

    private static boolean cuts(Box a, Box b, Box line, List<Box> columns, List<Separator> rules, int bodyHeight, int minGap) {
        int gapL = a.right(), gapR = b.x();
        if (gapR - gapL < Math.max(2, bodyHeight / 4)) return false;
        for (Separator s : rules) {
            // The rule's own box may reach into a word box: engines draw glyph boxes generously.
            if (s.vertical() && s.box().centerX() >= gapL - 1 && s.box().centerX() <= gapR + 1
                    && s.box().verticalOverlap(line) > 0) return true;
        }
        for (int i = 0; i + 1 < columns.size(); i++) {
            int g0 = columns.get(i).right(), g1 = columns.get(i + 1).x();
            if (gapL <= g1 && gapR >= g0 && gapR - gapL >= Math.max(minGap, Math.min(bodyHeight, (g1 - g0) * 0.7))) return true;
        }
        return false;
    }

    private static final java.util.regex.Pattern RULE = java.util.regex.Pattern.compile("[|｜丨]+");
    private static final java.util.regex.Pattern BAR = java.util.regex.Pattern.compile("[|｜丨/\\\\!lI1\\[\\]]+");

    /**
     * Drops "words" that are a vertical rule read as a letter (|, l, 丨...), which would bridge a
     * gutter, and flat "lines" lying on a horizontal rule (a worn rule read as dashes or letters).
     */
    static List<Line> dropRuleArtifacts(List<Line> lines, List<Separator> rules, double bodyHeight) {
        List<Line> out = new ArrayList<>();
        for (Line l : lines) {
            boolean onRule = LineMetrics.height(l) < bodyHeight * 0.7 && rules.stream().anyMatch(s -> !s.vertical()
                    && s.box().verticalOverlap(l.box()) > 0 && s.box().horizontalOverlap(l.box()) >= l.box().w() * 0.5);
            if (onRule) continue;
            List<Word> keep = new ArrayList<>();
            // A rule read inside display type is read as a glyph of that type's size.
            double glyph = Math.max(bodyHeight, LineMetrics.height(l));
            for (Word w : l.words()) {
                boolean thin = w.box().w() < glyph * 0.6 * w.text().length();
                // A line of nothing but a thin vertical bar is a rule or frame edge, found or not.
                boolean lone = l.words().size() == 1 && RULE.matcher(w.text()).matches() && thin;
                boolean bar = lone || BAR.matcher(w.text()).matches() && thin
                        && rules.stream().anyMatch(s -> s.vertical() && s.box().x() - 4 <= w.box().right()
                        && s.box().right() + 4 >= w.box().x() && s.box().verticalOverlap(w.box()) > 0);
                if (!bar) keep.add(w);
            }
            if (keep.size() == l.words().size()) out.add(l);
            else if (!keep.isEmpty()) {
                out.add(new Line(l.id(), joinWords(keep), pieceBox(keep, l.box()), keep, l.confidence(), false));
            }
        }
        return out;
    }

    /**
     * Latin lines whose box is much taller than their glyphs get the box of their middle words: one
     * word box reaching into the line above (a swash capital, a speck read as a letter) would
     * otherwise make two lines of one paragraph overlap and break the paragraph there. Lines with
     * a gap wider than {@code maxWordGap} may be two items read as one and are left to be cut first.
     */
    static List<Line> tighten(List<Line> lines, double maxWordGap) {
        List<Line> out = new ArrayList<>(lines.size());
        for (Line l : lines) {
            boolean wideGap = false;
            for (int i = 1; i < l.words().size(); i++) {
                wideGap |= l.words().get(i).box().x() - l.words().get(i - 1).box().right() > maxWordGap;
            }
            // Chinese glyph boxes vary with each character's shape; their line box is the better measure.
            if (wideGap || l.vertical() || l.words().size() < 3 || l.box().h() <= 1.4 * l.glyphHeight() || Scripts.cjkShare(l.text()) >= 0.5) {
                out.add(l);
                continue;
            }
            Box b = pieceBox(l.words(), l.box());
            out.add(b.equals(l.box()) ? l : new Line(l.id(), l.text(), Box.ofCorners(l.box().x(), b.y(), l.box().right(), b.bottom()),
                    l.words(), l.confidence(), false));
        }
        return out;
    }

    /**
     * The box of part of a line: its words' x range, and the median top and bottom of its words
     * within the line's own. Single overshooting word boxes (some models report them) and a big
     * neighbour on the same OCR line then do not inflate the part.
     */
    static Box pieceBox(List<Word> ws, Box line) {
        int[] tops = ws.stream().mapToInt(w -> w.box().y()).sorted().toArray();
        int[] bottoms = ws.stream().mapToInt(w -> w.box().bottom()).sorted().toArray();
        int x0 = ws.stream().mapToInt(w -> w.box().x()).min().orElse(line.x());
        int x1 = ws.stream().mapToInt(w -> w.box().right()).max().orElse(line.right());
        int top = Math.max(line.y(), tops[tops.length / 2]);
        int bottom = Math.min(line.bottom(), bottoms[bottoms.length / 2]);
        if (bottom <= top) {
            top = line.y();
            bottom = line.bottom();
        }
        return Box.ofCorners(x0, top, x1, bottom);
    }

    static String joinWords(List<Word> words) {
        StringBuilder sb = new StringBuilder();
        for (Word w : words) {
            if (sb.length() > 0 && !(Scripts.isCjk(sb.codePointBefore(sb.length())) && Scripts.isCjk(w.text().codePointAt(0)))) {
                sb.append(' ');
            }
            sb.append(w.text());
        }
        return sb.toString();
    }
}
