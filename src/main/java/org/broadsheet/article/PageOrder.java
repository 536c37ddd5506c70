package org.broadsheet.article;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import org.broadsheet.article.HeadlineAssembler.Draft;

/**
 * The order of a page's articles. A page whose columns run on into each other is read column by
 * column, section by section, except a section of short pieces (a nameplate band), read by rows. Otherwise articles are read by their start: top to bottom in bands of articles that
 * start level with each other, left to right within a band. Bands are formed first and sorted
 * after, so no tolerance ever enters a comparator.
 */
final class PageOrder {
    private PageOrder() {}

    /** At most this many lines in each of its articles, a section is a band of pieces, not flowing text. */
    private static final int PIECE_LINES = 4;

    static List<Draft> sort(List<Draft> drafts, Territory t, int continued) {
        int columns = t.layout.columns().size();
        if (columns <= 1 || continued * 2 < columns - 1) return byBands(drafts, t.unit);
        // Column by column within each section the page's full-width rules divide it into.
        // An article is read where its head starts: a nameplate or headline across the columns
        // comes first in its leftmost one, above what that column holds below it.
        // A section of short pieces only (a nameplate band with its ears, dateline and folio) has no
        // text running down its columns: a reader takes it row by row, as on a page without flow.
        TreeMap<Integer, List<Draft>> sections = new TreeMap<>();
        for (Draft d : drafts) sections.computeIfAbsent(t.sectionOf(d.anchor().box()), k -> new ArrayList<>()).add(d);
        List<Draft> out = new ArrayList<>();
        for (List<Draft> section : sections.values()) {
            if (section.stream().allMatch(PageOrder::isPiece)) {
                out.addAll(byBands(section, t.unit));
                continue;
            }
            List<Draft> sorted = new ArrayList<>(section);
            sorted.sort(Comparator.comparingInt((Draft d) -> Math.max(0, Math.min(d.firstCol, d.anchor().firstColumn())))
                    .thenComparingInt(d -> d.anchor().box().y()));
            out.addAll(sorted);
        }
        return out;
    }

    private static boolean isPiece(Draft d) {
        return d.regions().stream().mapToInt(r -> r.lines().size()).sum() <= PIECE_LINES;
    }

    /** Top to bottom in bands of articles that start level with each other, left to right within a band. */
    private static List<Draft> byBands(List<Draft> drafts, double unit) {
        List<Draft> sorted = new ArrayList<>(drafts);
        sorted.sort(Comparator.comparingInt(d -> d.anchor().box().y()));
        List<List<Draft>> bands = new ArrayList<>();
        int bandTop = Integer.MIN_VALUE, bandHeadline = Integer.MIN_VALUE;
        for (Draft d : sorted) {
            // Either the starts or the headlines line up across a band: a kicker sits higher by its own height.
            int top = d.anchor().box().y(), headline = d.headline().box().y();
            if (bands.isEmpty() || (top > bandTop + unit * 1.5 && headline > bandHeadline + unit * 1.5)) {
                bands.add(new ArrayList<>());
                bandTop = top;
                bandHeadline = headline;
            }
            bands.get(bands.size() - 1).add(d);
        }
        List<Draft> out = new ArrayList<>();
        for (List<Draft> band : bands) {
            band.sort(Comparator.comparingInt(d -> d.anchor().box().x()));
            out.addAll(band);
        }
        return out;
    }
}
