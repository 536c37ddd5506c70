package org.broadsheet.testpages;

import org.broadsheet.model.Box;

/**
 * The page's column grid in pixels.
 *
 * @param bodyTop first y below the masthead where articles may start
 * @param bottom  last y articles may use (the bottom margin)
 */
record Grid(double margin, double gutter, double columnWidth, int columns, double bodyTop, double bottom) {

    static Grid of(PageSpec page, double bodyTop) {
        double margin = page.mm(page.marginMm());
        double gutter = page.mm(page.gutterMm());
        double colW = (page.width() - 2 * margin - (page.columns() - 1) * gutter) / page.columns();
        return new Grid(margin, gutter, colW, page.columns(), bodyTop, page.height() - margin);
    }

    double x(int column) { return margin + column * (columnWidth + gutter); }

    double spanWidth(int n) { return n * columnWidth + (n - 1) * gutter; }

    /** Centre x of the gutter right of {@code column}. */
    double gutterCentre(int column) { return x(column) + columnWidth + gutter / 2; }

    Box column(int i) {
        return new Box((int) Math.round(x(i)), (int) Math.round(bodyTop), (int) Math.round(columnWidth),
                (int) Math.round(bottom - bodyTop));
    }
}
