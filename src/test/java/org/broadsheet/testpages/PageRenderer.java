package org.broadsheet.testpages;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.broadsheet.model.Box;
import org.broadsheet.model.IssueMeta;
import org.broadsheet.model.Separator;

/**
 * Draws a {@link PageSpec} and returns the image with its truth. Articles are placed in spec
 * order, each at the leftmost position where the columns it spans are free highest up (a skyline
 * fill), so the page fills top to bottom like a front page; the placement order is the truth's
 * reading order. An article that does not fit loses trailing paragraphs, and is left out when not
 * even its first paragraph fits.
 */
public final class PageRenderer {

    private PageRenderer() {}

    public static RenderedPage render(PageSpec spec) {
        PageFonts fonts = PageFonts.forScript(spec.script());
        MastheadComposer masthead = new MastheadComposer(spec, fonts);
        double bodyTop = spec.masthead() == null ? spec.mm(spec.marginMm()) : masthead.compose(spec.masthead());
        Grid grid = Grid.of(spec, bodyTop);
        double gap = TypeScale.of(spec).body() * 1.2;

        List<ComposedArticle> placed = new ArrayList<>();
        List<String> omitted = new ArrayList<>();
        double[] colTop = new double[spec.columns()];
        Arrays.fill(colTop, bodyTop);
        ArticleComposer composer = new ArticleComposer(spec, fonts, grid);
        int n = 0;
        for (ArticleSpec a : spec.articles()) {
            n++;
            ArticleSpec article = a.id() == null ? a.withId("a" + n) : a;
            int start = bestStart(colTop, article.span());
            double top = max(colTop, start, article.span());
            ComposedArticle done = null;
            for (int keep = article.paragraphs().size(); keep >= 1 && done == null; keep--) {
                ComposedArticle c = composer.compose(article, start, top, keep);
                if (c.bottom() <= grid.bottom()) done = c;
            }
            if (done == null) {
                omitted.add(article.id());
                continue;
            }
            placed.add(done);
            for (int c = start; c < start + article.span(); c++) colTop[c] = done.bottom() + gap;
        }

        List<Separator> rules = new ArrayList<>(masthead.rules);
        List<DrawOp> ops = new ArrayList<>(masthead.out.ops);
        int thickness = (int) Math.max(2, Math.round(spec.mm(0.25)));
        rules.addAll(ColumnRules.horizontal(placed, grid, gap, thickness));
        rules.addAll(ColumnRules.vertical(placed, grid, gap, thickness));
        for (Separator s : rules.subList(masthead.rules.size(), rules.size())) ops.add(new DrawOp.Fill(s.box(), 0));
        placed.forEach(p -> ops.addAll(p.ops()));

        List<Box> columns = new ArrayList<>();
        for (int i = 0; i < spec.columns(); i++) columns.add(grid.column(i));
        List<TruthArticle> articles = placed.stream().map(ComposedArticle::truth).toList();
        List<Box> frames = articles.stream().filter(TruthArticle::boxed).map(TruthArticle::frame).toList();
        IssueMeta issue = spec.masthead() == null ? IssueMeta.NONE : spec.masthead().meta();
        PageTruth truth = new PageTruth(spec.width(), spec.height(), spec.dpi(), spec.script(), issue,
                masthead.out.lines, columns, rules, frames, articles, omitted, spec.degradation());
        BufferedImage clean = draw(spec, ops);
        return Degrader.apply(new RenderedPage(clean, spec.dpi(), truth), spec.degradation());
    }

    private static int bestStart(double[] colTop, int span) {
        int best = 0;
        for (int s = 1; s + span <= colTop.length; s++) {
            if (max(colTop, s, span) < max(colTop, best, span) - 0.5) best = s;
        }
        return best;
    }

    private static double max(double[] v, int from, int n) {
        double m = v[from];
        for (int i = from + 1; i < from + n; i++) m = Math.max(m, v[i]);
        return m;
    }

    private static BufferedImage draw(PageSpec spec, List<DrawOp> ops) {
        BufferedImage img = new BufferedImage(spec.width(), spec.height(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, spec.width(), spec.height());
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            for (DrawOp op : ops) {
                if (op instanceof DrawOp.Text t) {
                    g.setColor(Color.BLACK);
                    g.setFont(t.font());
                    g.drawString(t.text(), t.x(), t.baseline());
                } else if (op instanceof DrawOp.Fill f) {
                    g.setColor(new Color(f.grey(), f.grey(), f.grey()));
                    g.fillRect(f.box().x(), f.box().y(), f.box().w(), f.box().h());
                }
            }
        } finally {
            g.dispose();
        }
        return img;
    }
}
