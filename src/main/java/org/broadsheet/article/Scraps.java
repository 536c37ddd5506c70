package org.broadsheet.article;

import java.util.List;
import org.broadsheet.article.HeadlineAssembler.Draft;
import org.broadsheet.model.Box;
import org.broadsheet.model.Line;
import org.broadsheet.model.Region;

/**
 * Folds scraps into the article nearest them: a headline-less item of a few letters is not an
 * article but a speck, a rule or the edge of a curled page read as text, or a stray piece of the
 * article beside it. Its text stays on the page, with the article a reader would find it in.
 */
final class Scraps {
    private Scraps() {}

    /** Fewer letters than this, without a headline, make a scrap. */
    static final int MAX_LETTERS = 15;

    static void fold(List<Draft> drafts) {
        for (Draft s : List.copyOf(drafts)) {
            if (!scrap(s) || drafts.size() < 2) continue;
            Draft best = null;
            double bestDistance = Double.MAX_VALUE;
            Box b = s.headBox();
            for (Draft d : drafts) {
                if (d == s || scrap(d)) continue;
                double dist = distance(b, Box.unionOf(d.regions().stream().map(Region::box).toList()));
                if (dist < bestDistance) {
                    bestDistance = dist;
                    best = d;
                }
            }
            if (best == null) continue;
            best.body.addAll(s.head);
            best.body.addAll(s.body);
            drafts.remove(s);
        }
    }

    private static boolean scrap(Draft d) {
        if (d.hasHeadline()) return false;
        int letters = 0;
        for (Region r : d.regions()) for (Line l : r.lines()) letters += (int) l.text().codePoints().filter(Character::isLetter).count();
        return letters < MAX_LETTERS;
    }

    /** Gap between two boxes (0 when they touch or overlap). */
    private static double distance(Box a, Box b) {
        double dx = Math.max(0, Math.max(a.x() - b.right(), b.x() - a.right()));
        double dy = Math.max(0, Math.max(a.y() - b.bottom(), b.y() - a.bottom()));
        return Math.hypot(dx, dy);
    }
}
