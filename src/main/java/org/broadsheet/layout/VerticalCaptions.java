package org.broadsheet.layout;

import java.util.ArrayList;
import java.util.List;
import org.broadsheet.model.Box;
import org.broadsheet.model.Line;
import org.broadsheet.model.Region;
import org.broadsheet.model.Role;

/**
 * A vertical line set right beside a photo, alongside its height, is the photo's caption (a common
 * Chinese layout). Each such line becomes a caption region of its own; vertical text elsewhere is
 * not handled by the column layout.
 */
final class VerticalCaptions {
    /** Largest gap between photo and caption, in body line heights. */
    static final double MAX_GAP = 2.0;

    private VerticalCaptions() {}

    static List<Region> find(List<Line> vertical, PageContext ctx, String idPrefix) {
        List<Region> out = new ArrayList<>();
        for (Line l : vertical) {
            Box b = l.box();
            boolean beside = ctx.photos().stream().anyMatch(p -> b.verticalOverlap(p) >= 0.6 * b.h()
                    && Math.max(b.x() - p.right(), p.x() - b.right()) <= MAX_GAP * ctx.bodyHeight()
                    && b.horizontalOverlap(p) < 0.5 * b.w());
            if (!beside) continue;
            int[] span = ctx.columns().isEmpty() ? new int[] {0, 0} : ColumnGrid.span(ctx.columns(), b);
            out.add(new Region(idPrefix + "_v" + (out.size() + 1), Role.CAPTION, b, List.of(l), span[0], span[1],
                    ctx.frameOf(b) >= 0));
        }
        return out;
    }
}
