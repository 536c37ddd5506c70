package org.broadsheet.source.pdf;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.broadsheet.model.Box;
import org.broadsheet.model.Line;
import org.broadsheet.model.PageText;

/** Shared checks for the PDF tests: text against the maker's truth, boxes against rendered ink. */
final class PdfTestSupport {
    static final double SCALE = 300 / 72.0;

    private PdfTestSupport() {}

    static BufferedImage render(PDDocument doc, int pageIndex) throws IOException {
        return new PDFRenderer(doc).renderImageWithDPI(pageIndex, 300, ImageType.GRAY);
    }

    /** Line texts as a sorted multiset, for comparing pages without depending on line order. */
    static Map<String, Long> multiset(List<String> texts) {
        return texts.stream().collect(Collectors.groupingBy(t -> t, TreeMap::new, Collectors.counting()));
    }

    static Map<String, Long> truthTexts(List<EpaperPdfMaker.TruthLine> truth) {
        return multiset(truth.stream().map(EpaperPdfMaker.TruthLine::text).toList());
    }

    static Map<String, Long> lineTexts(PageText page) {
        return multiset(page.lines().stream().map(Line::text).toList());
    }

    static Line lineWithText(PageText page, String text) {
        List<Line> found = page.lines().stream().filter(l -> l.text().equals(text)).toList();
        if (found.size() != 1) fail("expected one line '" + text + "', found " + found.size());
        return found.get(0);
    }

    /**
     * The ink of the rendered page near each line lies inside the line's box, and fills most of its
     * length: a box that is shifted, or in the wrong coordinate system, fails one of the two.
     *
     * @return the number of lines checked
     */
    static int assertBoxesCoverInk(PageText page, BufferedImage img) {
        Raster r = img.getRaster();
        List<String> problems = new ArrayList<>();
        for (Line l : page.lines()) {
            Box b = l.box();
            int size = Math.max(8, l.glyphHeight());
            int m = size / 4;
            int x0 = Math.max(0, b.x() - m), y0 = Math.max(0, b.y() - m);
            int x1 = Math.min(img.getWidth(), b.right() + m), y1 = Math.min(img.getHeight(), b.bottom() + m);
            int il = Integer.MAX_VALUE, it = Integer.MAX_VALUE, ir = -1, ib = -1;
            for (int y = y0; y < y1; y++) {
                for (int x = x0; x < x1; x++) {
                    if (r.getSample(x, y, 0) < 110) {
                        il = Math.min(il, x);
                        ir = Math.max(ir, x);
                        it = Math.min(it, y);
                        ib = Math.max(ib, y);
                    }
                }
            }
            if (ir < 0) {
                problems.add(l.text() + ": no ink in " + b);
                continue;
            }
            int tol = 4;
            boolean inside = il >= b.x() - tol && ir <= b.right() + tol && it >= b.y() - tol && ib <= b.bottom() + tol;
            int span = l.vertical() ? ib - it : ir - il;
            int extent = l.vertical() ? b.h() : b.w();
            // the last glyph's ink may cover little of its advance (a full stop), so allow one em short
            boolean fills = span >= 0.9 * extent - size - 2 * tol;
            if (!inside || !fills) {
                problems.add(l.text() + ": box " + b + " ink [" + il + "," + it + " - " + ir + "," + ib + "]");
            }
        }
        assertTrue(problems.isEmpty(), "boxes do not match the rendered ink:\n" + String.join("\n", problems));
        return page.lines().size();
    }
}
