package org.broadsheet.testpages;

import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import org.broadsheet.model.Box;
import org.broadsheet.model.Role;
import org.broadsheet.testpages.PageFonts.Face;

/**
 * Sets one article into its columns: headline block across the span (kicker, title, subtitle,
 * byline), an optional photo with caption, then the body flowing column by column in equal parts.
 */
final class ArticleComposer {

    private final PageSpec page;
    private final PageFonts fonts;
    private final TypeScale type;
    private final Grid grid;

    private LineEmitter out;
    private List<Box> photos;
    private List<double[]> innerRules;

    ArticleComposer(PageSpec page, PageFonts fonts, Grid grid) {
        this.page = page;
        this.fonts = fonts;
        this.type = TypeScale.of(page);
        this.grid = grid;
    }

    /** Sets {@code spec} with its first column at {@code startCol} and its top at {@code top}, keeping the first {@code keep} paragraphs. */
    ComposedArticle compose(ArticleSpec spec, int startCol, double top, int keep) {
        out = new LineEmitter(type.cjk());
        photos = new ArrayList<>();
        innerRules = new ArrayList<>();
        double pad = spec.boxed() ? type.body() * 0.8 : 0;
        double left = grid.x(startCol) + pad;
        double width = grid.spanWidth(spec.span()) - 2 * pad;
        boolean centred = type.cjk();
        double y = top + pad;

        double head = type.headline(spec.span());
        if (spec.kicker() != null) y = out.block(spec.kicker(), fonts.font(Face.SANS, (float) (head * 0.5)), left, width, y, 1.3, centred, Role.KICKER);
        y = out.block(spec.title(), fonts.font(Face.HEADLINE, (float) head), left, width, y, 1.2, centred, Role.HEADLINE);
        if (spec.subtitle() != null) {
            Face face = type.cjk() ? Face.SANS : Face.BODY;
            y = out.block(spec.subtitle(), fonts.font(face, (float) (head * 0.55)), left, width, y + head * 0.1, 1.3, centred, Role.SUBTITLE);
        }
        if (spec.byline() != null) {
            Face face = type.cjk() ? Face.SANS : Face.SANS_BOLD;
            y = out.block(spec.byline(), fonts.font(face, (float) type.byline()), left, width, y + type.body() * 0.2, 1.4, centred, Role.BYLINE);
        }
        y += type.body() * 0.6;

        List<String> captions = new ArrayList<>();
        boolean sidePhoto = spec.hasPhoto() && spec.bodyColumns() < spec.span();
        double bodyTop = y;
        double photoBottom = y;
        if (spec.hasPhoto() && !sidePhoto) {
            photoBottom = photo(spec, left, width, y, captions);
            bodyTop = photoBottom + type.body() * 0.6;
        }

        List<String> kept = spec.paragraphs().subList(0, Math.min(keep, spec.paragraphs().size()));
        List<TruthParagraph> paragraphs = new ArrayList<>();
        double bodyBottom = body(spec, kept, paragraphs, startCol, left, width, bodyTop);
        if (sidePhoto) {
            double px = grid.x(startCol + spec.bodyColumns());
            double pw = grid.spanWidth(spec.span() - spec.bodyColumns()) - pad;
            photoBottom = photo(spec, px, pw, bodyTop, captions);
            innerRules.add(new double[] {startCol + spec.bodyColumns() - 1, bodyTop, Math.max(bodyBottom, photoBottom)});
        }
        double bottom = Math.max(bodyBottom, photoBottom) + pad;

        Box frame = null;
        if (spec.boxed()) {
            frame = Box.ofCorners((int) Math.round(grid.x(startCol)), (int) Math.round(top),
                    (int) Math.round(grid.x(startCol) + grid.spanWidth(spec.span())), (int) Math.round(bottom));
            frame(frame);
        }
        List<Box> parts = new ArrayList<>(out.lines.stream().map(TruthLine::box).toList());
        parts.addAll(photos);
        if (frame != null) parts.add(frame);
        List<Integer> columns = new ArrayList<>();
        for (int c = startCol; c < startCol + spec.span(); c++) columns.add(c);
        TruthArticle truth = new TruthArticle(spec.id(), spec.title(), spec.kicker(), spec.subtitle(), spec.byline(),
                paragraphs, captions, columns, Box.unionOf(parts), spec.boxed(), frame, photos, out.lines, out.hyphens);
        return new ComposedArticle(List.copyOf(out.ops), truth, top, bottom, List.copyOf(innerRules));
    }

    private double photo(ArticleSpec spec, double x, double w, double y, List<String> captions) {
        double h = spec.photoHeightEm() * type.body();
        Box box = new Box((int) Math.round(x), (int) Math.round(y), (int) Math.round(w), (int) Math.round(h));
        photos.add(box);
        out.fill(box, 170);
        double after = y + h + type.body() * 0.3;
        if (spec.caption() != null) {
            captions.add(spec.caption());
            after = out.block(spec.caption(), fonts.font(Face.SANS, (float) type.caption()), x, w, after, 1.3, false, Role.CAPTION);
        }
        return after;
    }

    /** The body, column by column in equal parts; returns the bottom of its tallest column. */
    private double body(ArticleSpec spec, List<String> kept, List<TruthParagraph> paragraphs, int startCol,
                        double left, double width, double top) {
        int cols = spec.bodyColumns();
        double pad = spec.boxed() ? type.body() * 0.8 : 0;
        double bodyWidth = cols == spec.span() ? width : grid.spanWidth(cols) - pad;
        double colW = (bodyWidth - (cols - 1) * grid.gutter()) / cols;
        Font bodyFont = fonts.font(Face.BODY, (float) type.body());
        Font subFont = fonts.font(Face.BODY_BOLD, (float) type.body());
        LineSetter bodySetter = new LineSetter(bodyFont, type.cjk(), page.hyphenate());
        LineSetter subSetter = new LineSetter(subFont, type.cjk(), false);

        record Slot(SetLine line, Font font, Role role) {}
        List<Slot> slots = new ArrayList<>();
        for (int p = 0; p < kept.size(); p++) {
            String sub = spec.subheads().get(p);
            if (sub != null) {
                paragraphs.add(new TruthParagraph(sub, "subhead"));
                for (SetLine l : subSetter.set(sub, colW, 0, false)) slots.add(new Slot(l, subFont, Role.SUBHEAD));
            }
            paragraphs.add(new TruthParagraph(kept.get(p), null));
            for (SetLine l : bodySetter.set(kept.get(p), colW, type.indent(), true)) slots.add(new Slot(l, bodyFont, Role.BODY));
        }
        int perColumn = (slots.size() + cols - 1) / cols;
        double bottom = top;
        for (int c = 0; c < cols; c++) {
            double x = left + c * (colW + grid.gutter());
            int from = c * perColumn;
            int to = Math.min(slots.size(), from + perColumn);
            double y = top;
            for (int s = from; s < to; s++) {
                Slot slot = slots.get(s);
                double lineX = x;
                if (slot.role() == Role.SUBHEAD && type.cjk()) lineX = x + (colW - slot.line().naturalWidth()) / 2;
                out.emit(slot.line(), slot.font(), lineX, y, slot.role(), startCol + c);
                y += type.bodyPitch();
            }
            bottom = Math.max(bottom, y);
            if (c > 0) innerRules.add(new double[] {startCol + c - 1, top, 0});
        }
        for (double[] r : innerRules) if (r[2] == 0) r[2] = bottom;
        return bottom;
    }

    private void frame(Box f) {
        int t = (int) Math.max(2, Math.round(page.mm(0.35)));
        out.fill(new Box(f.x(), f.y(), f.w(), t), 0);
        out.fill(new Box(f.x(), f.bottom() - t, f.w(), t), 0);
        out.fill(new Box(f.x(), f.y(), t, f.h()), 0);
        out.fill(new Box(f.right() - t, f.y(), t, f.h()), 0);
    }
}
