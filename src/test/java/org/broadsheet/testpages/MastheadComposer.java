package org.broadsheet.testpages;

import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import org.broadsheet.model.Box;
import org.broadsheet.model.Role;
import org.broadsheet.model.Separator;
import org.broadsheet.testpages.PageFonts.Face;

/** Sets the nameplate: the paper's name centred, a rule, the dateline (date, extra, issue), a double rule. */
final class MastheadComposer {

    final LineEmitter out;
    final List<Separator> rules = new ArrayList<>();
    private final PageSpec page;
    private final PageFonts fonts;

    MastheadComposer(PageSpec page, PageFonts fonts) {
        this.page = page;
        this.fonts = fonts;
        this.out = new LineEmitter(page.script().cjk());
    }

    /** Sets the masthead from the top margin and returns the y where articles may start. */
    double compose(Masthead m) {
        double margin = page.mm(page.marginMm());
        double width = page.width() - 2 * margin;
        double y = margin;
        Font nameFont = fitted(fonts.font(Face.BODY_BOLD, 100f), m.paper(), width * 0.85, page.px(46));
        y = out.block(m.paper(), nameFont, margin, width, y, 1.15, true, Role.MASTHEAD);
        y += page.mm(1);
        y = rule(margin, y, width, page.mm(0.3)) + page.mm(1.2);

        Font small = fonts.font(Face.SANS, (float) page.px(10));
        single(m.dateText(), small, margin, y, 0);
        single(m.extra(), small, margin + width / 2, y, 0.5);
        String issue = m.volume() == null ? m.issue() : m.issue() == null ? m.volume() : m.volume() + " - " + m.issue();
        single(issue, small, margin + width, y, 1);
        y += small.getSize2D() * 1.4;
        y = rule(margin, y, width, page.mm(0.8)) + page.mm(0.6);
        y = rule(margin, y, width, page.mm(0.25));
        return y + page.mm(4);
    }

    /** One item of the dateline; {@code anchor} 0 puts its start at x, 1 its end, 0.5 its centre. */
    private void single(String text, Font font, double x, double top, double anchor) {
        if (text == null) return;
        SetLine line = new LineSetter(font, page.script().cjk(), false).set(text, Double.MAX_VALUE / 4, 0, false).get(0);
        out.emit(line, font, x - anchor * line.naturalWidth(), top, Role.MASTHEAD, -1);
    }

    private double rule(double x, double y, double width, double thickness) {
        Box box = new Box((int) Math.round(x), (int) Math.round(y), (int) Math.round(width),
                (int) Math.max(1, Math.round(thickness)));
        out.fill(box, 0);
        rules.add(new Separator(box, false));
        return box.bottom();
    }

    /** The largest size up to {@code maxPx} at which {@code text} fits in {@code width}. */
    private static Font fitted(Font probe, String text, double width, double maxPx) {
        double w = probe.getStringBounds(text, LineSetter.FRC).getWidth() / probe.getSize2D();
        return probe.deriveFont((float) Math.min(maxPx, width / w));
    }
}
