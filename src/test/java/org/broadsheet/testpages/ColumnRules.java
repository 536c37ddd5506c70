package org.broadsheet.testpages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.broadsheet.model.Box;
import org.broadsheet.model.Separator;

/**
 * The thin rules a compositor draws: vertical ones in a gutter wherever the columns on either side
 * belong to different articles (or to different columns of one article's body), horizontal ones
 * below an article when another one follows beneath it.
 */
final class ColumnRules {
    private ColumnRules() {}

    static List<Separator> horizontal(List<ComposedArticle> placed, Grid grid, double gap, int thickness) {
        List<Separator> out = new ArrayList<>();
        for (int i = 0; i < placed.size(); i++) {
            ComposedArticle a = placed.get(i);
            if (a.truth().boxed()) continue;
            boolean followed = false;
            for (int j = i + 1; j < placed.size(); j++) {
                ComposedArticle b = placed.get(j);
                followed |= b.top() >= a.bottom() && overlaps(a.truth().columns(), b.truth().columns());
            }
            if (!followed) continue;
            List<Integer> cols = a.truth().columns();
            double x0 = grid.x(cols.get(0));
            double x1 = grid.x(cols.get(cols.size() - 1)) + grid.columnWidth();
            int y = (int) Math.round(a.bottom() + gap / 2 - thickness / 2.0);
            out.add(new Separator(new Box((int) Math.round(x0), y, (int) Math.round(x1 - x0), thickness), false));
        }
        return out;
    }

    static List<Separator> vertical(List<ComposedArticle> placed, Grid grid, double gap, int thickness) {
        List<Separator> out = new ArrayList<>();
        for (int g = 0; g + 1 < grid.columns(); g++) {
            List<double[]> spans = new ArrayList<>();
            for (ComposedArticle a : placed) {
                List<Integer> cols = a.truth().columns();
                if (cols.contains(g) != cols.contains(g + 1)) spans.add(new double[] {a.top(), a.bottom()});
                for (double[] r : a.innerRules()) if ((int) r[0] == g) spans.add(new double[] {r[1], r[2]});
            }
            spans.sort(Comparator.comparingDouble(s -> s[0]));
            double[] run = null;
            for (double[] s : spans) {
                if (run != null && s[0] <= run[1] + gap * 1.01) {
                    run[1] = Math.max(run[1], s[1]);
                    continue;
                }
                if (run != null) out.add(rule(grid, g, run, thickness));
                run = s.clone();
            }
            if (run != null) out.add(rule(grid, g, run, thickness));
        }
        return out;
    }

    private static Separator rule(Grid grid, int gutter, double[] run, int thickness) {
        int x = (int) Math.round(grid.gutterCentre(gutter) - thickness / 2.0);
        int y0 = (int) Math.round(run[0]);
        return new Separator(new Box(x, y0, thickness, (int) Math.round(run[1]) - y0), true);
    }

    private static boolean overlaps(List<Integer> a, List<Integer> b) {
        return a.stream().anyMatch(b::contains);
    }
}
