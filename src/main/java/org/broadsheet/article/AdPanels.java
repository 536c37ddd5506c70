package org.broadsheet.article;

import java.util.List;
import org.broadsheet.article.HeadlineAssembler.Draft;
import org.broadsheet.layout.LineMetrics;
import org.broadsheet.model.Box;
import org.broadsheet.model.Line;
import org.broadsheet.model.Region;
import org.broadsheet.model.Role;

/**
 * Keeps an old-style advertisement whole: between two rules it sets a few short blocks, each
 * under a line of capitals in body type ("MY SHOP", "ALL MY FRIENDS"). Those lines look like the
 * headlines of items but are the panels of one notice. A heading in body-size capitals right
 * under a short block, with no rule between, continues the notice above it.
 */
final class AdPanels {
    private AdPanels() {}

    /** Most lines a panel of a notice runs to. */
    private static final int SHORT = 4;
    /** Largest panel heading, in body line heights: a real headline is set larger. */
    private static final double BODY_SIZE = 1.35;

    static void join(List<Draft> drafts, Territory t) {
        for (Draft b : List.copyOf(drafts)) {
            // A panel heading stands alone: a kicker or byline makes it an item's headline.
            if (b.head.size() > 1 || !panelHeading(b.headline(), t.unit)) continue;
            Draft a = above(b, drafts, t);
            if (a == null) continue;
            a.body.addAll(b.head);
            a.body.addAll(b.body);
            drafts.remove(b);
        }
    }

    /** A block of text, not a heading: some line of it is not set in capitals. */
    private static boolean prose(Region r) {
        return r.role() == Role.BODY && r.lines().stream().anyMatch(l -> !capitals(l.text()));
    }

    private static boolean capitals(String text) {
        long letters = text.codePoints().filter(Character::isLetter).count();
        long upper = text.codePoints().filter(Character::isUpperCase).count();
        return letters > 0 && upper >= 0.8 * letters;
    }

    private static boolean panelHeading(Region h, double unit) {
        if (h.role() != Role.HEADLINE || h.lines().size() > 2) return false;
        String text = String.join(" ", h.lines().stream().map(Line::text).toList());
        double height = h.lines().stream().mapToInt(LineMetrics::height).max().orElse(0);
        return text.codePoints().filter(Character::isLetter).count() >= 4 && capitals(text) && height <= BODY_SIZE * unit;
    }

    /**
     * The article whose short block ends right above {@code b}'s heading in its column, unless a
     * rule or frame lies between.
     */
    private static Draft above(Draft b, List<Draft> drafts, Territory t) {
        Box h = b.headline().box();
        Draft best = null;
        int bestBottom = Integer.MIN_VALUE;
        for (Draft d : drafts) {
            if (d == b || d.frame != b.frame) continue;
            for (Region r : d.regions()) {
                Box x = r.box();
                if (x.bottom() > h.y() + t.unit * 0.5 || h.y() - x.bottom() > 1.5 * t.unit) continue;
                if (x.horizontalOverlap(h) < 0.5 * h.w() || r.lines().size() > SHORT || !prose(r)) continue;
                if (x.bottom() > bestBottom && !t.barrier(x, h, b.frame)) {
                    bestBottom = x.bottom();
                    best = d;
                }
            }
        }
        return best;
    }
}
