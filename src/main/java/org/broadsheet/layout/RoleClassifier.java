package org.broadsheet.layout;

import java.util.ArrayList;
import java.util.List;
import org.broadsheet.model.Box;
import org.broadsheet.model.Line;
import org.broadsheet.model.Role;
import org.broadsheet.model.Separator;

/**
 * Gives each line a first role from its own looks: type size against the body text, position,
 * alignment in its column, and text patterns. Roles that depend on neighbours (kicker, subtitle,
 * caption) are settled later on whole regions.
 */
final class RoleClassifier {
    static final double HEADLINE_SIZE = 1.35;

    private final PageContext ctx;

    RoleClassifier(PageContext ctx) {
        this.ctx = ctx;
    }

    List<Role> classify(List<Line> lines) {
        int mastheadBottom = mastheadBottom(lines);
        List<Role> roles = new ArrayList<>();
        for (Line l : lines) roles.add(role(l, mastheadBottom));
        for (int i = 0; i < lines.size(); i++) {
            if (roles.get(i) == Role.HEADLINE && signature(lines.get(i), lines)) roles.set(i, Role.BYLINE);
        }
        for (boolean grew = true; grew; ) {
            grew = false;
            for (int i = 0; i < lines.size(); i++) {
                if (roles.get(i) == Role.BODY && continuesHeadline(lines.get(i), lines, roles)) {
                    roles.set(i, Role.HEADLINE);
                    grew = true;
                }
            }
        }
        return roles;
    }

    /**
     * A name in capitals of body size right under a line that ends in a comma ("Yours, with
     * esteem,"): the signature closing a letter, not the headline of a new item.
     */
    private boolean signature(Line l, List<Line> lines) {
        if (ctx.size(l) >= HEADLINE_SIZE) return false;
        Box b = l.box();
        Line above = null;
        for (Line o : lines) {
            Box a = o.box();
            if (o == l || a.bottom() > b.y() + ctx.bodyHeight() * 0.3 || b.y() - a.bottom() > ctx.bodyHeight()) continue;
            if (a.horizontalOverlap(b) <= 0 && ctx.columnOf(a) != ctx.columnOf(b)) continue;
            if (above == null || a.bottom() > above.box().bottom()) above = o;
        }
        return above != null && above.text().strip().endsWith(",");
    }

    /**
     * A lone word of headline size set right under or over a headline line of its size, or over
     * another such word: a headline wrapped word by word in a narrow column.
     */
    private boolean continuesHeadline(Line l, List<Line> lines, List<Role> roles) {
        if (!bigLoneWord(l)) return false;
        double size = ctx.size(l);
        for (int j = 0; j < lines.size(); j++) {
            Line o = lines.get(j);
            if (o == l || roles.get(j) != Role.HEADLINE && !(roles.get(j) == Role.BODY && bigLoneWord(o))) continue;
            double ratio = ctx.size(o) / size;
            Box a = o.box(), b = l.box();
            double gap = Math.max(a.y() - b.bottom(), b.y() - a.bottom());
            if (ratio > 0.8 && ratio < 1.25 && gap < Math.max(a.h(), b.h()) && a.horizontalOverlap(b) > Math.min(a.w(), b.w()) * 0.5) return true;
        }
        return false;
    }

    private Role role(Line l, int mastheadBottom) {
        String t = l.text().strip();
        Box b = l.box();
        double size = ctx.size(l);
        if (b.centerY() < mastheadBottom) return Role.MASTHEAD;
        boolean margin = b.y() < ctx.height() * 0.045 || b.bottom() > ctx.height() * 0.955;
        if (Patterns.pageNumber(t) && (margin || size < HEADLINE_SIZE)) return Role.FURNITURE;
        Box col0 = ctx.columnOf(b);
        // The last line of a full column may reach into the margin band; running heads do not fill a column.
        boolean fillsColumn = col0 != null && b.w() >= col0.w() * 0.85 && size < 1.2;
        if (margin && b.w() < ctx.width() * 0.4 && size < HEADLINE_SIZE && !fillsColumn && !columnHead(l, col0)) return Role.FURNITURE;
        // A Chinese byline is short or set clear of the column's edges (centred under a wider
        // headline, say); a body line that starts with 记者 touches an edge of its column.
        boolean fullLine = col0 != null && Scripts.cjkShare(t) > 0.5 && b.w() > col0.w() * 0.7 && !centred(b, col0)
                && (b.x() - col0.x() < ctx.bodyHeight() * 0.5 || col0.right() - b.right() < ctx.bodyHeight() * 0.5);
        // "by Mr. Hale, from various sections," filling its column runs on from the line above.
        boolean runningOn = col0 != null && Scripts.cjkShare(t) < 0.5 && b.w() > col0.w() * 0.85 && t.matches(".*[,;:\\-]$");
        if (size < HEADLINE_SIZE && Patterns.byline(t) && !fullLine && !runningOn) return Role.BYLINE;
        // Sizes are corrected for letter shapes (TypeSize), so a lone word of a headline ("Near") counts like the others.
        // A lone Latin word is measured on one word only; it needs a clearer margin unless it
        // continues a headline (see classify).
        boolean loneWord = l.words().size() == 1 && Scripts.cjkShare(t) < 0.5;
        // A warped or tilted scan makes a body line look tall; a run of lower-case words filling its column is body text.
        boolean proseLine = col0 != null && b.w() >= col0.w() * 0.9 && l.words().size() >= 5 && size < 1.7
                && Scripts.cjkShare(t) < 0.5 && Scripts.upperShare(t) < 0.3 || Prose.running(l) && size < 2.5;
        if (size >= (loneWord ? 1.6 : HEADLINE_SIZE) && Scripts.letterCount(t) >= 1 && !proseLine) return Role.HEADLINE;
        if (LineMetrics.bold(l) && size >= 1.15) return Role.HEADLINE;
        Box col = ctx.columnOf(b);
        if (col != null && centred(b, col)) {
            // Old English papers set headlines in capitals of body size, centred in the column.
            if (Scripts.upperShare(t) >= 0.75 && Scripts.letterCount(t) >= 4 && size >= 0.8) return Role.HEADLINE;
            if (Scripts.cjkShare(t) > 0.5 && Scripts.letterCount(t) <= 24 && size >= 0.85) return Role.SUBHEAD;
        }
        return Role.BODY;
    }

    /**
     * A heading in capitals centred over the text that starts its column: an item that opens the
     * page's first row ("POETRY."). A running head stands above a rule across the page instead.
     */
    private boolean columnHead(Line l, Box col) {
        Box b = l.box();
        String t = l.text().strip();
        if (col == null || !centred(b, col) || Scripts.upperShare(t) < 0.75 || Scripts.letterCount(t) < 4) return false;
        if (b.y() > col.y() + 2 * ctx.bodyHeight()) return false;
        int reach = b.bottom() + (int) (1.5 * ctx.bodyHeight());
        return ctx.rules().stream().noneMatch(s -> !s.vertical() && s.box().y() >= b.bottom() - 2 && s.box().y() <= reach
                && ruleRowWidth(s.box()) > ctx.width() * 0.6);
    }

    private boolean bigLoneWord(Line l) {
        return l.words().size() == 1 && ctx.size(l) >= HEADLINE_SIZE && Scripts.letterCount(l.text()) >= 2;
    }

    /** Set clear of both edges of its column by about as much: a long centred line may leave only an em or two. */
    private boolean centred(Box b, Box col) {
        double left = b.x() - col.x(), right = col.right() - b.right();
        double min = Math.min(col.w() * 0.1, ctx.bodyHeight());
        return left > min && right > min && Math.abs(left - right) < col.w() * 0.1 + ctx.bodyHeight() * 0.5;
    }

    /**
     * The bottom of the nameplate band, or 0: the paper's name is the largest type at the top of
     * the page, and the band goes down to the last wide rule or dateline right under it.
     */
    private int mastheadBottom(List<Line> lines) {
        Line name = null;
        for (Line l : lines) {
            if (l.box().y() > ctx.height() * 0.2 || ctx.size(l) < 2.2 || l.box().w() < ctx.width() * 0.2) continue;
            if (name == null || ctx.size(l) > ctx.size(name)) name = l;
        }
        if (name == null) return 0;
        for (Line l : lines) {
            // Anything well above the name but the furniture means it is a headline, not a nameplate;
            // a folio row across the page (number, part, volume) in much smaller type is part of it.
            boolean folio = rowWidth(l, lines) > ctx.width() * 0.6 && ctx.size(l) < ctx.size(name) * 0.4;
            if (l.box().bottom() < name.box().y() - ctx.bodyHeight() && ctx.size(l) >= HEADLINE_SIZE && !folio) return 0;
        }
        int bottom = name.box().bottom();
        // Ears and a dateline row may flank a tall nameplate; its closing rule lies within about its height.
        double reach = Math.max(4 * ctx.bodyHeight(), Math.min(1.5 * name.box().h(), 10 * ctx.bodyHeight()));
        boolean confirmed = false;
        for (boolean grew = true; grew; ) {
            grew = false;
            for (Separator s : ctx.rules()) {
                Box r = s.box();
                if (!s.vertical() && ruleRowWidth(r) > ctx.width() * 0.5 && r.y() > bottom - ctx.bodyHeight()
                        && r.y() < bottom + reach && r.bottom() > bottom) {
                    bottom = r.bottom();
                    grew = confirmed = true;
                }
            }
            for (Line l : lines) {
                if (l.box().y() > bottom - ctx.bodyHeight() && l.box().y() < bottom + 3 * ctx.bodyHeight()
                        && l.box().bottom() > bottom && Patterns.dateline(l.text()) && ctx.size(l) < HEADLINE_SIZE) {
                    bottom = l.box().bottom();
                    grew = confirmed = true;
                }
            }
        }
        return confirmed ? bottom + 1 : 0;
    }

    /** From the left of the leftmost to the right of the rightmost line level with {@code l}: a folio row is read in pieces. */
    private double rowWidth(Line l, List<Line> lines) {
        int left = l.box().x(), right = l.box().right();
        for (Line o : lines) {
            if (Math.abs(o.box().centerY() - l.box().centerY()) > ctx.bodyHeight() * 0.5) continue;
            left = Math.min(left, o.box().x());
            right = Math.max(right, o.box().right());
        }
        return right - left;
    }

    /** How much of the page width the horizontal rules level with {@code r} cover: a worn rule is found in pieces. */
    private int ruleRowWidth(Box r) {
        List<int[]> spans = new ArrayList<>();
        for (Separator s : ctx.rules()) {
            if (!s.vertical() && Math.abs(s.box().centerY() - r.centerY()) <= ctx.bodyHeight()) {
                spans.add(new int[] {s.box().x(), s.box().right()});
            }
        }
        return Spans.covered(spans);
    }
}
