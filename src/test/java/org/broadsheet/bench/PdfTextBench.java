package org.broadsheet.bench;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.broadsheet.model.Line;
import org.broadsheet.model.PageText;
import org.broadsheet.source.pdf.CjkTestFont;
import org.broadsheet.source.pdf.EpaperPages;
import org.broadsheet.source.pdf.EpaperPdfMaker;
import org.broadsheet.source.pdf.PdfTextLayer;
import org.broadsheet.source.pdf.PdfPageRouter;

/**
 * The PDF text route on generated e-paper pages: time per page against rendering the same page for
 * OCR, and how many drawn lines come back exactly. Usage: PdfTextBench [pages] [rounds]
 */
public final class PdfTextBench {
    public static void main(String[] args) throws Exception {
        int pages = args.length > 0 ? Integer.parseInt(args[0]) : 8;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        if (!CjkTestFont.available()) {
            System.out.println("skipped: Noto Sans CJK is not installed at " + CjkTestFont.NOTO);
            return;
        }
        byte[] pdf;
        List<List<EpaperPdfMaker.TruthLine>> truth = new ArrayList<>();
        try (EpaperPdfMaker m = new EpaperPdfMaker()) {
            EpaperPages.mixed(m, pages);
            pdf = m.save();
            for (int i = 0; i < pages; i++) truth.add(m.truth(i));
        }
        Path out = Path.of("bench/out/epaper-" + pages + ".pdf");
        Files.createDirectories(out.getParent());
        Files.write(out, pdf);
        System.out.printf("generated %d pages (%d KB) -> %s%n", pages, pdf.length / 1024, out);

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PdfPageRouter.Options opt = PdfPageRouter.Options.defaults();
            for (int i = 0; i < pages; i++) PdfTextLayer.read(doc, i, 300, opt); // warm-up
            long readNanos = 0;
            int truthLines = 0, exact = 0, glyphPages = 0, lines = 0;
            for (int r = 0; r < rounds; r++) {
                for (int i = 0; i < pages; i++) {
                    long t = System.nanoTime();
                    PdfTextLayer.Result res = PdfTextLayer.read(doc, i, 300, opt);
                    readNanos += System.nanoTime() - t;
                    if (r > 0) continue;
                    PageText text = res.text();
                    if (text == null) continue;
                    glyphPages++;
                    lines += text.lines().size();
                    Map<String, Integer> got = new HashMap<>();
                    for (Line l : text.lines()) got.merge(l.text(), 1, Integer::sum);
                    for (EpaperPdfMaker.TruthLine tl : truth.get(i)) {
                        truthLines++;
                        Integer n = got.get(tl.text());
                        if (n != null && n > 0) {
                            exact++;
                            got.put(tl.text(), n - 1);
                        }
                    }
                }
            }
            double msRead = readNanos / 1e6 / (pages * rounds);
            long renderNanos = 0;
            PDFRenderer renderer = new PDFRenderer(doc);
            for (int i = 0; i < Math.min(pages, 4); i++) {
                long t = System.nanoTime();
                BufferedImage img = renderer.renderImageWithDPI(i, 300, ImageType.GRAY);
                renderNanos += System.nanoTime() - t;
                img.flush();
            }
            double msRender = renderNanos / 1e6 / Math.min(pages, 4);
            System.out.printf("pages routed to PDF text: %d of %d%n", glyphPages, pages);
            System.out.printf("lines extracted: %d, drawn: %d, drawn lines found exactly: %d (%.1f%%)%n",
                    lines, truthLines, exact, 100.0 * exact / Math.max(1, truthLines));
            System.out.printf("route+extract: %.1f ms/page; render at 300 dpi (before any OCR): %.1f ms/page; ratio %.2f%n",
                    msRead, msRender, msRead / msRender);
        }
    }
}
