package org.broadsheet.article;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.broadsheet.article.HeadlineAssembler.Draft;

/**
 * The order of a page's articles. A page whose columns run on into each other is read column by
 * column, section by section. Otherwise articles are read by their start: top to bottom in bands of articles that
 * start level with each other, left to right within a band. Bands are formed first and sorted
 * after, so no tolerance ever enters a comparator.
 */
final class PageOrder {
    private PageOrder() {}

    static List<Draft> sort(List<Draft> drafts, Territory t, int continued) {
        List<Draft> sorted = new ArrayList<>(drafts);
        double unit = t.unit;
        int columns = t.layout.columns().size();
        if (columns > 1 && continued * 2 >= columns - 1) {
            // Column by column within each section the page's full-width rules divide it into.
            // An article is read where its head starts: a nameplate or headline across the columns
            // comes first in its leftmost one, above what that column holds below it.
            sorted.sort(Comparator.comparingInt((Draft d) -> t.sectionOf(d.anchor().box()))
                    .thenComparingInt(d -> Math.max(0, Math.min(d.firstCol, d.anchor().firstColumn())))
                    .thenComparingInt(d -> d.anchor().box().y()));
            return sorted;
        }
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
