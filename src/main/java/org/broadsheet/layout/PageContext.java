package org.broadsheet.layout;

import java.util.List;
import org.broadsheet.model.Box;
import org.broadsheet.model.Line;
import org.broadsheet.model.Separator;

/** What the layout rules know about a page before they look at single lines. */
record PageContext(int width, int height, double bodyHeight, double bodyFontSize, double bodyTypeSize, boolean hanBody,
                   List<Box> columns, List<Separator> rules, List<Box> frames, List<Box> photos) {

    /** A line's type size relative to the body text: from the source's font size when it has one. */
    double size(Line l) {
        if (bodyFontSize > 0) {
            double fs = LineMetrics.fontSize(l);
            if (fs > 0) return fs / bodyFontSize;
        }
        // On a Chinese page a Latin reading is most often Han type misread ("EM RT, A" for 一荤两素): its
        // letter shapes say nothing about its size, its box height does.
        if (hanBody && Scripts.cjkShare(l.text()) < 0.5) return LineMetrics.height(l) / bodyHeight;
        return TypeSize.of(l) / bodyTypeSize;
    }

    /** The column a box is centred in, or null on a page without a grid. */
    Box columnOf(Box b) {
        if (columns.isEmpty()) return null;
        int[] s = ColumnGrid.span(columns, b);
        return s[0] < 0 ? null : Box.unionOf(columns.subList(s[0], s[1] + 1));
    }

    /** Index of the innermost frame holding the box's centre, -1 when none. */
    int frameOf(Box b) {
        int best = -1;
        for (int i = 0; i < frames.size(); i++) {
            Box f = frames.get(i);
            if (b.centerX() > f.x() && b.centerX() < f.right() && b.centerY() > f.y() && b.centerY() < f.bottom()
                    && (best < 0 || f.area() < frames.get(best).area())) best = i;
        }
        return best;
    }

    /** True when a horizontal rule lies between two vertically stacked boxes and under both. */
    boolean ruleBetween(Box upper, Box lower) {
        int y0 = upper.bottom() - (int) (bodyHeight * 0.3), y1 = lower.y() + (int) (bodyHeight * 0.3);
        for (Separator s : rules) {
            if (s.vertical()) continue;
            Box r = s.box();
            if (r.centerY() < y0 || r.centerY() > y1) continue;
            int need = (int) (Math.min(Math.min(upper.w(), lower.w()), r.w()) * 0.5);
            if (r.horizontalOverlap(upper) > need || r.horizontalOverlap(lower) > need) return true;
        }
        return false;
    }
}
