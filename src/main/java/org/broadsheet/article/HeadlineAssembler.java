package org.broadsheet.article;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.broadsheet.layout.LineMetrics;
import org.broadsheet.model.ArticleDraft;
import org.broadsheet.model.Box;
import org.broadsheet.model.PageLayout;
import org.broadsheet.model.Region;
import org.broadsheet.model.Role;

/**
 * Builds articles around headlines. A headline governs what lies below it within the columns
 * its headline block spans, down to the next headline, rule or frame; its kicker, subtitle and
 * byline stay with it. Text no headline governs continues the article above it in its column,
 * or, at the top of a column, the article that ran off the bottom of the column before; what
 * is left starts a headline-less article.
 */
public final class HeadlineAssembler implements ArticleAssembler {

    @Override
    public List<ArticleDraft> assemble(PageLayout layout) {
        double unit = Math.max(4, LineMetrics.bodyHeight(layout.page().lines()));
        Territory t = new Territory(layout, unit);
        List<Region> regions = RunInHeads.split(layout.regions().stream()
                .filter(r -> r.role() != Role.MASTHEAD && r.role() != Role.FURNITURE).toList(), unit);
        Map<Region, Integer> frame = new IdentityHashMap<>();
        for (Region r : regions) frame.put(r, t.frameOf(r.box()));
        Map<Region, Draft> owner = new IdentityHashMap<>();
        List<Draft> drafts = new ArrayList<>();

        for (Region r : regions) {
            if (r.role() != Role.HEADLINE) continue;
            Draft d = new Draft(r, frame.get(r));
            drafts.add(d);
            owner.put(r, d);
        }
        HeadBlocks heads = new HeadBlocks(t, regions, frame, owner);
        for (Draft d : drafts) heads.complete(d);
        for (Draft d : drafts) heads.span(d, drafts);

        List<Region> rest = new ArrayList<>(regions.stream().filter(r -> !owner.containsKey(r)).toList());
        rest.sort(Comparator.comparingInt(Region::firstColumn).thenComparingInt(r -> r.box().y()));
        List<Region> orphans = new ArrayList<>();
        for (Region r : rest) {
            Draft d = governing(r, drafts, frame.get(r), t);
            if (d == null) {
                orphans.add(r);
                continue;
            }
            d.body.add(r);
            owner.put(r, d);
        }
        int continued = new Orphans(t, regions, frame, owner, drafts).place(orphans);
        AdPanels.join(drafts, t);
        Scraps.fold(drafts);
        return PageOrder.sort(drafts, t, continued).stream().map(d -> d.toDraft(layout.page().number())).toList();
    }

    /** The headline right above {@code r} whose columns cover it, unless a rule or frame closes it first. */
    private static Draft governing(Region r, List<Draft> drafts, int frame, Territory t) {
        Draft best = null;
        for (Draft d : drafts) {
            if (d.frame != frame) continue;
            // The headline itself decides: a byline or subtitle hanging lower must not hide a column top.
            Box h = d.headline().box();
            // A run-in head shares its first line with the body it heads.
            Box first = r.lines().get(0).box();
            boolean runIn = Math.abs(first.y() - h.y()) < t.unit * 0.5 && first.x() >= h.right() - t.unit;
            if (!runIn && h.bottom() > r.box().y() + t.unit * 0.5) continue;
            int ov = Math.max(0, Math.min(d.x1, r.box().right()) - Math.max(d.x0, r.box().x()));
            if (ov < r.box().w() * 0.5) continue;
            if (best == null || h.bottom() > best.headline().box().bottom()) best = d;
        }
        if (best == null) return null;
        Box h = best.headline().box();
        Box clipped = Box.ofCorners(Math.max(h.x(), r.box().x()), h.y(), Math.min(h.right(), r.box().right()), h.bottom());
        return t.barrierBelowHead(clipped.w() > 0 ? clipped : h, r.box(), frame) ? null : best;
    }

    /** An article being assembled: its headline block, its other regions, the columns it spans. */
    static final class Draft {
        final List<Region> head = new ArrayList<>();
        final List<Region> body = new ArrayList<>();
        final int frame;
        int firstCol, lastCol;
        int x0, x1;

        Draft(Region anchor, int frame) {
            head.add(anchor);
            this.frame = frame;
            firstCol = anchor.firstColumn();
            lastCol = anchor.lastColumn();
            x0 = anchor.box().x();
            x1 = anchor.box().right();
        }

        Box headBox() {
            return Box.unionOf(head.stream().map(Region::box).toList());
        }

        Region headline() {
            return head.get(0);
        }

        boolean hasHeadline() {
            return head.stream().anyMatch(r -> r.role() == Role.HEADLINE);
        }

        List<Region> regions() {
            List<Region> out = new ArrayList<>(head);
            out.addAll(body);
            return out;
        }

        Region anchor() {
            return head.stream().min(Comparator.comparingInt(r -> r.box().y())).orElseThrow();
        }

        ArticleDraft toDraft(int page) {
            List<Region> out = new ArrayList<>(head);
            out.sort(Comparator.comparingInt(r -> r.box().y()));
            List<Region> b = new ArrayList<>(body);
            b.sort(Comparator.comparingInt(Region::firstColumn).thenComparingInt(r -> r.box().y()));
            out.addAll(b);
            TreeSet<Integer> cols = new TreeSet<>();
            for (Region r : out) for (int c = Math.max(0, r.firstColumn()); c <= r.lastColumn(); c++) cols.add(c);
            return new ArticleDraft(page, out, new ArrayList<>(cols));
        }
    }
}
