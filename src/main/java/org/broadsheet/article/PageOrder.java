package org.broadsheet.article;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.broadsheet.article.HeadlineAssembler.Draft;
import org.broadsheet.model.Box;
import org.broadsheet.model.PageLayout;

/**
 * The order of a page's articles. A page whose columns run on into each other is read column by
 * column. Otherwise articles are read by their start: top to bottom in bands of articles that
 * start level with each other, left to right within a band. Bands are formed first and sorted
 * after, so no tolerance ever enters a comparator.
 */
final class PageOrder {
    private PageOrder() {}

    static List<Draft> sort(List<Draft> drafts, PageLayout layout, double unit, int continued) {
        List<Draft> sorted = new ArrayList<>(drafts);
        int columns = layout.columns().size();
        if (columns > 1 && continued * 2 >= columns - 1) {
            sorted.sort(Comparator.comparingInt((Draft d) -> Math.max(0, d.anchor().firstColumn()))
                    .thenComparingInt(d -> d.anchor().box().y()));
            return sorted;
        }
        sorted.sort(Comparator.comparingInt(d -> d.anchor().box().y()));
        List<List<Draft>> bands = new ArrayList<>();
        int bandTop = Integer.MIN_VALUE;
        for (Draft d : sorted) {
            Box a = d.anchor().box();
            if (bands.isEmpty() || a.y() > bandTop + unit * 1.5) {
                bands.add(new ArrayList<>());
                bandTop = a.y();
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
