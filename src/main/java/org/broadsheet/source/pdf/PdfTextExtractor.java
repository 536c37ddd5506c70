package org.broadsheet.source.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.broadsheet.model.Block;
import org.broadsheet.model.BlockKind;
import org.broadsheet.model.Box;
import org.broadsheet.model.Justification;
import org.broadsheet.model.Line;
import org.broadsheet.model.PageText;
import org.broadsheet.model.Paragraph;
import org.broadsheet.model.TextRoute;

/**
 * Reads a PDF page's text layer into the page model the OCR stage builds, with boxes in pixels of
 * the page rendered at the given dpi: glyphs, fake-bold copies removed, lines, words, blocks.
 */
public final class PdfTextExtractor {
    public static final int DEFAULT_DPI = 300;

    private PdfTextExtractor() {}

    /** The visible text of page {@code pageIndex} (0-based). */
    public static PageText extract(PDDocument doc, int pageIndex, int dpi) throws IOException {
        return build(GlyphCollector.collect(doc, pageIndex, dpi), false, "PDF text layer");
    }

    /** The text the decision chose: visible text, or the trusted invisible layer. */
    public static PageText extract(PDDocument doc, int pageIndex, int dpi, PdfPageDecision decision) throws IOException {
        return build(GlyphCollector.collect(doc, pageIndex, dpi), decision.hiddenText(), decision.reason());
    }

    static PageText build(PageGlyphs page, boolean hiddenText, String reason) {
        List<PdfGlyph> chosen = page.glyphs().stream().filter(g -> g.hidden() == hiddenText).toList();
        List<GlyphLine> lines = LineGrouper.group(FakeBoldFilter.apply(chosen));
        LineMaker maker = new LineMaker(page.width(), page.height());
        List<Block> blocks = new ArrayList<>();
        int lineNo = 0;
        for (BlockGrouper.LineBlock lb : BlockGrouper.group(lines)) {
            List<Paragraph> paragraphs = new ArrayList<>();
            for (int p = 0; p < lb.paragraphs().size(); p++) {
                List<Line> modelLines = new ArrayList<>();
                for (GlyphLine gl : lb.paragraphs().get(p)) {
                    modelLines.add(maker.make(gl, "p" + page.number() + "_l" + (++lineNo)));
                }
                Box box = Box.unionOf(modelLines.stream().map(Line::box).toList());
                paragraphs.add(new Paragraph(box, modelLines, lb.indents()[p], Justification.UNKNOWN));
            }
            Box box = Box.unionOf(paragraphs.stream().map(Paragraph::box).toList());
            blocks.add(new Block("p" + page.number() + "_b" + (blocks.size() + 1), lb.kind(), box, paragraphs, 1.0));
        }
        for (Box im : photos(page.images(), chosen, page.dpi())) {
            blocks.add(new Block("p" + page.number() + "_b" + (blocks.size() + 1), BlockKind.IMAGE, im, List.of(), 1.0));
        }
        return new PageText(page.number(), page.width(), page.height(), page.dpi(), TextRoute.PDF_TEXT, reason, blocks, 0);
    }

    /** Images smaller than this (inches, either side) are rules, bullets or logos rather than photos. */
    static final double MIN_PHOTO_INCHES = 0.4;

    /**
     * The drawn images that are pictures on the page: big enough, and with no text printed over them
     * (a background or a page-sized scan carries text; a photo, as far as layout cares, does not).
     * Reported as image blocks, the way OCR reports a picture, so layout can find captions beside them.
     */
    static List<Box> photos(List<Box> images, List<PdfGlyph> glyphs, int dpi) {
        List<Box> out = new ArrayList<>();
        double min = MIN_PHOTO_INCHES * dpi;
        for (Box im : images) {
            if (im.w() < min || im.h() < min) continue;
            boolean textOver = glyphs.stream().anyMatch(g -> !g.isSpace()
                    && g.centerX() > im.x() && g.centerX() < im.right() && g.centerY() > im.y() && g.centerY() < im.bottom());
            if (!textOver) out.add(im);
        }
        return out;
    }
}
