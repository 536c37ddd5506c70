package org.broadsheet.source.pdf;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.encoding.GlyphList;
import org.apache.pdfbox.pdmodel.graphics.state.PDGraphicsState;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;
import org.broadsheet.model.Box;

/**
 * Reads every glyph of one page with its geometry, font and rendering mode. It hooks PDFBox's
 * text stripper at the glyph level, before the stripper builds text, so that nothing of its own
 * line and word heuristics gets in the way of ours. One instance reads one page.
 */
final class GlyphCollector extends PDFTextStripper {
    private static final GlyphList GLYPH_LIST = GlyphList.getAdobeGlyphList();

    private final PixelSpace pixels;
    private final List<PdfGlyph> glyphs = new ArrayList<>();
    private final Map<String, Integer> garbageByFont = new HashMap<>();
    private final Map<PDFont, FontFacts> fonts = new IdentityHashMap<>();
    /** Images drawn so far: pixel box and the number of glyphs drawn before it. */
    private final List<double[]> images = new ArrayList<>();
    private int visible;
    private int hidden;
    private int garbage;

    private GlyphCollector(PixelSpace pixels) {
        this.pixels = pixels;
    }

    /** Reads page {@code pageIndex} (0-based) with boxes in pixels at {@code dpi}. */
    static PageGlyphs collect(PDDocument doc, int pageIndex, int dpi) throws IOException {
        PDPage page = doc.getPage(pageIndex);
        PixelSpace px = PixelSpace.of(page, dpi);
        GlyphCollector c = new GlyphCollector(px);
        c.setStartPage(pageIndex + 1);
        c.setEndPage(pageIndex + 1);
        c.writeText(doc, Writer.nullWriter());
        c.hideCoveredGlyphs();
        return new PageGlyphs(pageIndex + 1, px.width, px.height, dpi, c.glyphs, c.visible, c.hidden, c.garbage,
                c.garbageByFont, c.imageBoxes());
    }

    private List<Box> imageBoxes() {
        LineMaker clamp = new LineMaker(pixels.width, pixels.height);
        return images.stream().map(im -> clamp.box(im[0], im[1], im[2], im[3])).toList();
    }

    /**
     * Some OCR tools put their text layer under the page image instead of using rendering mode 3:
     * the text is "visible" but painted over. Such glyphs count as hidden.
     */
    private void hideCoveredGlyphs() {
        if (images.isEmpty()) return;
        for (int i = 0; i < glyphs.size(); i++) {
            PdfGlyph g = glyphs.get(i);
            if (g.hidden()) continue;
            for (double[] im : images) {
                if (im[4] > g.seq() && g.centerX() >= im[0] && g.centerX() <= im[2] && g.centerY() >= im[1] && g.centerY() <= im[3]) {
                    glyphs.set(i, g.withHidden());
                    if (!g.isSpace()) {
                        visible--;
                        hidden++;
                    }
                    break;
                }
            }
        }
    }

    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
        String op = operator.getName();
        boolean image = "BI".equals(op);
        if ("Do".equals(op) && !operands.isEmpty() && operands.get(0) instanceof COSName name) {
            PDResources res = getResources();
            image = res != null && res.isImageXObject(name);
        }
        if (image) {
            // an image fills the unit square of its current transformation matrix
            double[] unit = {0, 0, 1, 0, 1, 1, 0, 1};
            double[] p = new double[8];
            getGraphicsState().getCurrentTransformationMatrix().createAffineTransform().transform(unit, 0, p, 0, 4);
            pixels.userToPixel.transform(p, 0, p, 0, 4);
            images.add(new double[] {min4(p[0], p[2], p[4], p[6]), min4(p[1], p[3], p[5], p[7]),
                    max4(p[0], p[2], p[4], p[6]), max4(p[1], p[3], p[5], p[7]), glyphs.size()});
        }
        super.processOperator(operator, operands);
    }

    @Override
    protected void showGlyph(Matrix trm, PDFont font, int code, Vector displacement) throws IOException {
        PDGraphicsState gs = getGraphicsState();
        RenderingMode mode = gs.getTextState().getRenderingMode();
        boolean invisible = mode == RenderingMode.NEITHER || mode == RenderingMode.NEITHER_CLIP;
        FontFacts facts = fonts.computeIfAbsent(font, FontFacts::of);

        String raw = font.toUnicode(code, GLYPH_LIST);
        if (GlyphText.isGarbage(raw)) {
            garbage++;
            garbageByFont.merge(facts.name, 1, Integer::sum);
            return;
        }
        String text = GlyphText.normalize(raw);

        double adv = displacement.getX() != 0 ? displacement.getX() : font.getWidth(code) / 1000.0;
        if (adv <= 0) adv = 0.5;
        double[] corners = {0, facts.descent, adv, facts.descent, adv, facts.ascent, 0, facts.ascent, 0, 0, 1, 0, 0, 1};
        double[] user = new double[corners.length];
        trm.createAffineTransform().transform(corners, 0, user, 0, corners.length / 2);
        double[] p = new double[corners.length];
        pixels.userToPixel.transform(user, 0, p, 0, corners.length / 2);

        double left = min4(p[0], p[2], p[4], p[6]), right = max4(p[0], p[2], p[4], p[6]);
        double top = min4(p[1], p[3], p[5], p[7]), bottom = max4(p[1], p[3], p[5], p[7]);
        if (right < 0 || bottom < 0 || left > pixels.width || top > pixels.height) return; // outside the crop box: not on the page

        double ox = p[8], oy = p[9];
        double dx = p[10] - ox, dy = p[11] - oy;
        double size = Point2D.distance(ox, oy, p[12], p[13]);
        double angle = Math.toDegrees(Math.atan2(dy, dx));
        double rad = Math.toRadians(angle);
        double u = ox * Math.cos(rad) + oy * Math.sin(rad);
        double v = -ox * Math.sin(rad) + oy * Math.cos(rad);
        double advance = Math.hypot(dx, dy) * adv;

        boolean strokedBold = mode == RenderingMode.FILL_STROKE && gs.getLineWidth() > 0;
        PdfGlyph g = new PdfGlyph(glyphs.size(), text, left, top, right, bottom, u, v, advance, size, angle,
                facts.name, facts.bold || strokedBold, invisible, font.isVertical());
        glyphs.add(g);
        if (!g.isSpace()) {
            if (invisible) hidden++;
            else visible++;
        }
    }

    private static double min4(double a, double b, double c, double d) { return Math.min(Math.min(a, b), Math.min(c, d)); }
    private static double max4(double a, double b, double c, double d) { return Math.max(Math.max(a, b), Math.max(c, d)); }

    /** Per-font facts worth computing once: a readable name, boldness, and the vertical extent of a glyph box. */
    private record FontFacts(String name, boolean bold, double ascent, double descent) {
        static FontFacts of(PDFont font) {
            String name = font.getName() == null ? "unnamed" : font.getName();
            int plus = name.indexOf('+');
            if (plus == 6) name = name.substring(7); // subset tag
            String lower = name.toLowerCase(Locale.ROOT);
            boolean bold = lower.contains("bold") || lower.contains("black") || lower.contains("heavy");
            double ascent = 0.8, descent = -0.2;
            PDFontDescriptor fd = font.getFontDescriptor();
            if (fd != null) {
                bold |= fd.getFontWeight() >= 600 || fd.isForceBold();
                // Descriptor metrics vary widely between producers; clamp them to what ink usually covers
                // so line boxes of adjacent lines do not overlap.
                if (fd.getAscent() > 0) ascent = clamp(fd.getAscent() / 1000.0, 0.6, 0.9);
                if (fd.getDescent() < 0) descent = clamp(fd.getDescent() / 1000.0, -0.25, -0.08);
            }
            return new FontFacts(name, bold, ascent, descent);
        }

        private static double clamp(double x, double lo, double hi) {
            return Math.max(lo, Math.min(hi, x));
        }
    }
}
