package org.broadsheet.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.broadsheet.model.Box;
import org.broadsheet.model.Line;
import org.broadsheet.model.Region;
import org.broadsheet.model.Role;

/**
 * Stacks lines into regions: a line joins the region right above it when both have the same role,
 * lie in the same frame, overlap horizontally, sit close, and no rule runs between them.
 */
final class RegionBuilder {
    private final PageContext ctx;

    RegionBuilder(PageContext ctx) {
        this.ctx = ctx;
    }

    private static final class Open {
        final Role role;
        final int frame;
        final List<Line> lines = new ArrayList<>();
        Box box;
        double size;

        Open(Role role, int frame, Line first, double size) {
            this.role = role;
            this.frame = frame;
            this.size = size;
            lines.add(first);
            box = first.box();
        }

        Line last() { return lines.get(lines.size() - 1); }
    }

    List<Region> build(List<Line> lines, List<Role> roles, String idPrefix) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) order.add(i);
        order.sort(Comparator.comparingInt((Integer i) -> lines.get(i).box().y()).thenComparingInt(i -> lines.get(i).box().x()));
        List<Open> regions = new ArrayList<>();
        for (int i : order) {
            Line l = lines.get(i);
            Role role = roles.get(i);
            int frame = ctx.frameOf(l.box());
            double size = ctx.size(l);
            Open best = null;
            double bestGap = Double.MAX_VALUE;
            for (Open r : regions) {
                if (r.role != role || r.frame != frame) continue;
                Box a = r.last().box(), b = l.box();
                double gap = b.y() - a.bottom();
                double unit = ctx.bodyHeight() * Math.max(1, Math.min(r.size, size));
                if (gap < -0.5 * unit || gap > maxGap(role) * unit) continue;
                if (a.horizontalOverlap(b) < 0.5 * Math.min(a.w(), b.w())) continue;
                if (!sameColumns(r.box, b, role)) continue;
                // Latin lines differ by ascenders and descenders alone by a third; a kicker or subtitle differs more.
                if (role != Role.BODY && role != Role.CAPTION && (size / r.size > 1.45 || r.size / size > 1.45)) continue;
                if (ctx.ruleBetween(a, b)) continue;
                if (gap < bestGap) {
                    bestGap = gap;
                    best = r;
                }
            }
            if (best == null) {
                regions.add(new Open(role, frame, l, size));
            } else {
                best.size = (best.size * best.lines.size() + size) / (best.lines.size() + 1);
                best.lines.add(l);
                best.box = best.box.union(l.box());
            }
        }
        List<Region> out = new ArrayList<>();
        int n = 0;
        for (Open r : regions) {
            int[] span = ctx.columns().isEmpty() ? new int[] {0, 0} : ColumnGrid.span(ctx.columns(), r.box);
            out.add(new Region(idPrefix + "_r" + (++n), r.role, r.box, r.lines, span[0], span[1], r.frame >= 0));
        }
        return out;
    }

    private static double maxGap(Role role) {
        return switch (role) {
            case HEADLINE, MASTHEAD -> 1.0;
            case BODY, CAPTION -> 1.1;
            default -> 0.9;
        };
    }

    /** Body lines stay within one column of the grid; a line must not widen a body region across a gutter. */
    private boolean sameColumns(Box region, Box line, Role role) {
        if (ctx.columns().isEmpty() || role == Role.HEADLINE || role == Role.MASTHEAD) return true;
        int[] a = ColumnGrid.span(ctx.columns(), region), b = ColumnGrid.span(ctx.columns(), line);
        return a[0] == b[0] && a[1] == b[1];
    }
}
