package org.broadsheet.article;

import java.util.List;
import java.util.Map;
import org.broadsheet.article.HeadlineAssembler.Draft;
import org.broadsheet.model.Box;
import org.broadsheet.model.Region;
import org.broadsheet.model.Role;

/**
 * Places text no headline governs. Below other text in its column it continues that article,
 * unless a rule or frame separates them; at the top of a column it continues the article that
 * fills the bottom of the previous column (old papers run text on from column to column);
 * otherwise it is a headline-less item of its own.
 */
final class Orphans {
    private final Territory t;
    private final List<Region> regions;
    private final Map<Region, Integer> frame;
    private final Map<Region, Draft> owner;
    private final List<Draft> drafts;

    Orphans(Territory t, List<Region> regions, Map<Region, Integer> frame, Map<Region, Draft> owner, List<Draft> drafts) {
        this.t = t;
        this.regions = regions;
        this.frame = frame;
        this.owner = owner;
        this.drafts = drafts;
    }

    /** Places the orphans (sorted column by column, top down); returns how many continued from a previous column. */
    int place(List<Region> orphans) {
        int continued = 0;
        for (Region r : orphans) {
            Region above = above(r);
            Draft d = null;
            if (above != null) {
                double gap = r.box().y() - above.box().bottom();
                if (owner.containsKey(above) && gap < 2.5 * t.unit && !t.barrier(above.box(), r.box(), frame.get(r))) {
                    d = owner.get(above);
                }
            } else if (r.firstColumn() > 0 && frame.get(r) < 0) {
                int section = t.sectionOf(r.box());
                Region last = lastIn(r.firstColumn() - 1, section);
                // Only running text runs on: after a heading, a dateline or a signature the column has ended its item.
                if (last != null && last.role() == Role.BODY && owner.containsKey(last) && frame.get(last) < 0
                        && last.box().bottom() >= sectionBottom(section) - 4 * t.unit) {
                    d = owner.get(last);
                    continued++;
                }
            }
            if (d == null) {
                d = new Draft(r, frame.get(r));
                d.firstCol = r.firstColumn();
                d.lastCol = r.lastColumn();
                drafts.add(d);
            } else {
                d.body.add(r);
            }
            owner.put(r, d);
        }
        return continued;
    }

    /**
     * The region right above {@code r} in its section. Boxes of consecutive paragraphs may
     * overlap a little on a scan; one that starts higher and ends by r's middle still lies above.
     */
    private Region above(Region r) {
        Region best = null;
        int section = t.sectionOf(r.box());
        for (Region o : regions) {
            Box a = o.box(), b = r.box();
            if (o == r || a.y() >= b.y() || a.bottom() > Math.max(b.y() + t.unit * 0.5, b.centerY())) continue;
            if (a.horizontalOverlap(b) < 0.5 * Math.min(a.w(), b.w()) || t.sectionOf(a) != section) continue;
            if (best == null || a.bottom() > best.box().bottom()) best = o;
        }
        return best;
    }

    private Region lastIn(int column, int section) {
        Region best = null;
        for (Region o : t.inColumn(regions, column)) {
            if (t.sectionOf(o.box()) == section && (best == null || o.box().bottom() > best.box().bottom())) best = o;
        }
        return best;
    }

    private int sectionBottom(int section) {
        return regions.stream().filter(o -> t.sectionOf(o.box()) == section).mapToInt(o -> o.box().bottom()).max().orElse(0);
    }
}
