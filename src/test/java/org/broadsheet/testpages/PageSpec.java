package org.broadsheet.testpages;

import java.util.ArrayList;
import java.util.List;

/**
 * What a test page shows: its size, column grid, script, masthead and articles in reading order.
 * Sizes of type and margins are physical (points, millimetres), so the same spec at 200 and at
 * 300 dpi gives the same page at two resolutions. Build with {@link #builder()}.
 *
 * @param hyphenate English only: split long words at line ends (recorded in the truth)
 * @param bodyPoints body text size in points
 */
public record PageSpec(int width, int height, int dpi, int columns, Script script, Masthead masthead,
                       List<ArticleSpec> articles, boolean hyphenate, double bodyPoints, double marginMm,
                       double gutterMm, Degradation degradation) {

    public PageSpec {
        if (width < 200 || height < 200) throw new IllegalArgumentException("page too small: " + width + "x" + height);
        if (dpi < 72) throw new IllegalArgumentException("dpi must be >= 72");
        if (columns < 1 || columns > 8) throw new IllegalArgumentException("columns must be 1..8");
        articles = List.copyOf(articles);
        for (ArticleSpec a : articles) {
            if (a.span() > columns) {
                throw new IllegalArgumentException("article '" + a.title() + "' spans " + a.span() + " of " + columns + " columns");
            }
        }
    }

    /** Pixels per point at this page's resolution. */
    public double px(double points) { return points * dpi / 72.0; }

    public double mm(double millimetres) { return millimetres * dpi / 25.4; }

    public static Builder builder() { return new Builder(); }

    public Builder toBuilder() {
        Builder b = new Builder().size(width, height, dpi).columns(columns).script(script).masthead(masthead)
                .hyphenate(hyphenate).bodyPoints(bodyPoints).margins(marginMm, gutterMm).degradation(degradation);
        b.articles.addAll(articles);
        return b;
    }

    public static final class Builder {
        private int width = 2480;
        private int height = 3508;
        private int dpi = 300;
        private int columns = 5;
        private Script script = Script.SIMPLIFIED;
        private Masthead masthead;
        private final List<ArticleSpec> articles = new ArrayList<>();
        private Boolean hyphenate;
        private double bodyPoints = 9.5;
        private double marginMm = 12;
        private double gutterMm = 4;
        private Degradation degradation = Degradation.NONE;

        public Builder size(int w, int h, int resolution) { width = w; height = h; dpi = resolution; return this; }

        /** A3 broadsheet-ish page, 297 x 420 mm. */
        public Builder a3(int resolution) { return size(mmToPx(297, resolution), mmToPx(420, resolution), resolution); }

        /** A4, 210 x 297 mm: 2480 x 3508 at 300 dpi, 1654 x 2339 at 200 dpi. */
        public Builder a4(int resolution) { return size(mmToPx(210, resolution), mmToPx(297, resolution), resolution); }

        public Builder columns(int v) { columns = v; return this; }
        public Builder script(Script v) { script = v; return this; }
        public Builder masthead(Masthead v) { masthead = v; return this; }
        public Builder article(ArticleSpec v) { articles.add(v); return this; }
        public Builder articles(List<ArticleSpec> v) { articles.addAll(v); return this; }

        /** Drops the articles added so far and uses {@code v} instead. */
        public Builder articlesReplaced(List<ArticleSpec> v) { articles.clear(); articles.addAll(v); return this; }
        public Builder hyphenate(boolean v) { hyphenate = v; return this; }
        public Builder bodyPoints(double v) { bodyPoints = v; return this; }
        public Builder margins(double margin, double gutter) { marginMm = margin; gutterMm = gutter; return this; }
        public Builder degradation(Degradation v) { degradation = v; return this; }

        public PageSpec build() {
            boolean hy = hyphenate != null ? hyphenate : script == Script.ENGLISH;
            return new PageSpec(width, height, dpi, columns, script, masthead, articles, hy && script == Script.ENGLISH,
                    bodyPoints, marginMm, gutterMm, degradation);
        }

        private static int mmToPx(double mm, int resolution) { return (int) Math.round(mm * resolution / 25.4); }
    }
}
