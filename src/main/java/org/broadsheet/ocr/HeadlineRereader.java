package org.broadsheet.ocr;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.broadsheet.layout.LineMetrics;
import org.broadsheet.layout.Scripts;
import org.broadsheet.model.Box;
import org.broadsheet.model.Line;
import org.broadsheet.model.PageImage;
import org.broadsheet.model.PageLayout;
import org.broadsheet.model.Region;
import org.broadsheet.model.Role;
import org.broadsheet.model.Word;

/**
 * Reads every headline again, row by row. The page-wide pass segments big display type badly: it
 * drops characters at the end of a line, runs two headlines side by side into one line, misses a
 * short second line, or takes a bold Han headline for Latin letters. The same row read alone on
 * white comes out right far more often; a new reading replaces the old one where the engine is at
 * least about as sure of it, and text the first pass had put into other regions from the
 * headline's ink goes with the old reading.
 */
public final class HeadlineRereader {
    /** How much less sure of the new reading the engine may be and still have it replace the old one. */
    private static final double CONFIDENCE_SLACK = 0.05;
    private static final double FAIRLY_SURE = 0.8;
    /** Headlines at least this many body line heights tall are display type, read again. */
    private static final double DISPLAY = 1.25;

    public PageLayout reread(PageLayout layout, PageImage image, OcrEngine engine) throws OcrException {
        List<Region> regions = layout.regions();
        Map<Region, Region> replaced = new IdentityHashMap<>();
        double body = LineMetrics.bodyHeight(layout.page().lines());
        for (Region r : regions) {
            // Capitals of body size (old papers' headings) are read as well as the body is, and
            // rows of body type around them could not be told from their own.
            if (r.role() != Role.HEADLINE || lineHeight(r) < DISPLAY * body) continue;
            List<Line> lines = reread(r, layout, image, engine);
            if (lines != r.lines()) {
                Box box = Box.unionOf(lines.stream().map(Line::box).toList());
                replaced.put(r, new Region(r.id(), r.role(), box, lines, r.firstColumn(), r.lastColumn(), r.boxed()));
            }
        }
        if (replaced.isEmpty()) return layout;
        List<Box> read = replaced.values().stream().flatMap(r -> r.lines().stream()).map(Line::box).toList();
        List<Region> out = new ArrayList<>();
        for (Region r : regions) {
            Region n = replaced.get(r);
            if (n != null) {
                out.add(n);
                continue;
            }
            List<Line> keep = r.lines().stream().filter(l -> read.stream().noneMatch(b -> holds(b, l.box()))).toList();
            if (keep.size() == r.lines().size()) out.add(r);
            else if (!keep.isEmpty()) {
                out.add(new Region(r.id(), r.role(), Box.unionOf(keep.stream().map(Line::box).toList()), keep,
                        r.firstColumn(), r.lastColumn(), r.boxed()));
            }
        }
        return new PageLayout(layout.page(), layout.columns(), layout.separators(), layout.frames(), out);
    }

    /**
     * The region's lines, row by row: each row of its ink read again, and the new reading taken
     * where it is better than what the first pass has in that row. Returns the region's own list
     * when nothing changed.
     */
    private static List<Line> reread(Region r, PageLayout layout, PageImage image, OcrEngine engine) throws OcrException {
        List<Line> out = new ArrayList<>();
        List<Line> rest = new ArrayList<>(r.lines());
        boolean han = hanPage(layout);
        boolean changed = false;
        int n = 0;
        List<ReadArea.Row> rows = ReadArea.rows(r, layout, image.image(), lineHeight(r));
        List<Box> rowBoxes = rows.stream().map(ReadArea.Row::box).toList();
        for (ReadArea.Row row : rows) {
            Box at = row.box();
            List<Line> old = rest.stream().filter(l -> l.box().verticalOverlap(at) > l.box().h() / 2).toList();
            rest.removeAll(old);
            Line read = engine.readLine(new PageImage(image.number(), row.pixels(), image.dpi()), r.id() + "_h" + (++n), han);
            Line fresh = read == null ? null : read.moved(at.x(), at.y());
            boolean take = fresh != null && !fresh.text().isBlank() && better(List.of(fresh), old);
            if (take) {
                out.add(fresh);
                changed = true;
            } else {
                out.addAll(old);
            }
        }
        if (!changed) return r.lines();
        // What the first pass read across the rows without lining up with one is the same ink misread.
        for (Line l : rest) if (rowBoxes.stream().noneMatch(b -> b.intersectionArea(l.box()) > l.box().area() / 6)) out.add(l);
        out.sort(Comparator.comparingInt((Line l) -> l.box().y()));
        return out;
    }

    /**
     * The new reading wins when the engine is about as sure of it, or when it holds more text and
     * the engine is still fairly sure: what the first pass dropped costs little confidence.
     */
    private static boolean better(List<Line> fresh, List<Line> old) {
        double c = confidence(fresh);
        if (old.isEmpty()) return c >= FAIRLY_SURE;
        return c >= confidence(old) - CONFIDENCE_SLACK || c >= FAIRLY_SURE && characters(fresh) > characters(old);
    }

    private static long characters(List<Line> lines) {
        return lines.stream().flatMapToInt(l -> l.text().codePoints()).filter(c -> !Character.isWhitespace(c)).count();
    }

    private static double confidence(List<Line> lines) {
        return lines.stream().flatMap(l -> l.words().stream()).mapToDouble(Word::confidence).average().orElse(0);
    }

    /** True when the line's centre lies in the box: the same ink, read by the first pass into another region. */
    private static boolean holds(Box b, Box line) {
        return line.centerX() > b.x() && line.centerX() < b.right() && line.centerY() > b.y() && line.centerY() < b.bottom();
    }

    /** Most of the page's text is Han: its headlines are Chinese, however the first pass read one. */
    private static boolean hanPage(PageLayout layout) {
        StringBuilder sb = new StringBuilder();
        for (Line l : layout.page().lines()) sb.append(l.text());
        return Scripts.cjkShare(sb.toString()) > 0.5;
    }

    /** Line height of a headline region, for sizing the area read around it. */
    static double lineHeight(Region r) {
        double[] hs = r.lines().stream().mapToDouble(LineMetrics::height).sorted().toArray();
        return hs.length == 0 ? r.box().h() : hs[hs.length / 2];
    }
}
