package org.broadsheet.layout;

import java.util.List;
import org.broadsheet.model.Box;
import org.broadsheet.model.Line;
import org.broadsheet.model.Role;

/**
 * Marks the lines right under a photo as its caption. The caption ends where the line spacing
 * opens up (the body below starts after a larger gap) or the lines leave the photo's width.
 */
final class CaptionFinder {
    private CaptionFinder() {}

    static void mark(List<Line> lines, List<Role> roles, List<Box> photos, double bodyHeight) {
        for (Box p : photos) {
            int cur = -1;
            double best = Double.MAX_VALUE;
            for (int i = 0; i < lines.size(); i++) {
                Box b = lines.get(i).box();
                double gap = b.y() - p.bottom();
                if (gap < -0.6 * bodyHeight || gap > 2 * bodyHeight || !under(p, b) || roles.get(i) == Role.HEADLINE) continue;
                if (gap < best) {
                    best = gap;
                    cur = i;
                }
            }
            double lastGap = -1;
            while (cur >= 0) {
                roles.set(cur, Role.CAPTION);
                Box a = lines.get(cur).box();
                int next = -1;
                double nextGap = Double.MAX_VALUE;
                for (int i = 0; i < lines.size(); i++) {
                    Box b = lines.get(i).box();
                    double gap = b.y() - a.bottom();
                    if (i == cur || gap < -0.3 * bodyHeight || !under(p, b) || b.horizontalOverlap(a) <= 0) continue;
                    if (gap < nextGap) {
                        nextGap = gap;
                        next = i;
                    }
                }
                double limit = lastGap < 0 ? 0.8 * bodyHeight : Math.max(lastGap * 1.4, lastGap + 0.15 * bodyHeight);
                if (next < 0 || nextGap > limit || roles.get(next) != Role.BODY) break;
                lastGap = nextGap;
                cur = next;
            }
        }
    }

    private static boolean under(Box photo, Box line) {
        return photo.horizontalOverlap(line) >= 0.6 * line.w();
    }
}
