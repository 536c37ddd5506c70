package org.broadsheet.bench;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.broadsheet.Pipeline;
import org.broadsheet.model.PageImage;
import org.broadsheet.model.PageResult;
import org.broadsheet.model.TextRoute;
import org.broadsheet.ocr.TessdataLocator;
import org.broadsheet.ocr.TesseractEngine;
import org.broadsheet.source.Detector;
import org.broadsheet.source.PageReader;
import org.broadsheet.source.SourcePage;
import org.broadsheet.source.Sources;
import org.broadsheet.source.pdf.CjkTestFont;
import org.broadsheet.source.pdf.EpaperPages;
import org.broadsheet.source.pdf.EpaperPdfMaker;

/**
 * End to end on generated e-paper pages: every page goes through the PDF reader and the standard
 * pipeline, and the articles are compared with what the page prints (see {@link EpaperScore}). The
 * same pages, rendered at 300 dpi and OCRed, go through the same pipeline for the time per page and
 * for comparison. The target for the PDF route is exact: every article, title and paragraph.
 *
 * <p>Usage: EpaperBenchmark [pages (default 12)] [ocr pages (default all; 0 skips OCR)] [-v]
 */
public final class EpaperBenchmark {
    public static void main(String[] args) throws Exception {
        boolean verbose = List.of(args).contains("-v");
        List<String> nums = List.of(args).stream().filter(a -> !a.startsWith("-")).toList();
        int pages = nums.size() > 0 ? Integer.parseInt(nums.get(0)) : 12;
        int ocrPages = nums.size() > 1 ? Integer.parseInt(nums.get(1)) : pages;
        if (!CjkTestFont.available()) {
            System.out.println("skipped: Noto Sans CJK is not installed at " + CjkTestFont.NOTO);
            return;
        }
        Path pdf = Path.of("bench/out/epaper-e2e-" + pages + ".pdf");
        Files.createDirectories(pdf.getParent());
        try (EpaperPdfMaker m = new EpaperPdfMaker()) {
            EpaperPages.mixed(m, pages);
            Files.write(pdf, m.save());
        }
        System.out.printf("%d generated pages (Chinese and English alternating, variants 0-%d) -> %s%n",
                pages, (pages - 1) / 2, pdf);

        Pipeline pipeline = Pipeline.standard();
        EpaperScore pdfTotal = EpaperScore.zero(), ocrTotal = EpaperScore.zero();
        int captions = 0, clean = 0, ocrCaptions = 0, ocrClean = 0, ocrDone = 0;
        double pdfMs = 0, readMs = 0, ocrMs = 0, pdfMsOcrPages = 0;
        TesseractEngine chi = null, eng = null;
        try (PageReader reader = Sources.open(pdf, pdf.getFileName().toString(), Detector.detect(pdf));
             PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFRenderer renderer = new PDFRenderer(doc);
            pipeline.process(reader.page(0), null, im -> { }); // warm-up: class loading, the dictionary
            System.out.printf("%-4s %-3s %-3s  %-44s %-7s %-9s %8s | %s%n", "page", "lng", "var", "PDF route", "caption",
                    "furniture", "ms", ocrPages > 0 ? "OCR route (render 300 dpi + Tesseract + pipeline)" : "");
            for (int i = 0; i < pages; i++) {
                boolean chinese = i % 2 == 0;
                int variant = i / 2;
                var expected = EpaperPages.expected(chinese, variant);
                String caption = EpaperPages.caption(chinese), furniture = EpaperPages.furniture(chinese);

                long t0 = System.nanoTime();
                SourcePage page = reader.page(i);
                readMs += (System.nanoTime() - t0) / 1e6;
                PageResult r = pipeline.process(page, null, im -> { });
                double ms = (System.nanoTime() - t0) / 1e6;
                if (r.text().route() != TextRoute.PDF_TEXT) throw new IllegalStateException("page " + (i + 1) + " was not read from its text layer");
                EpaperScore s = EpaperScore.of(expected, caption, furniture, r.articles());
                pdfTotal = pdfTotal.plus(s);
                pdfMs += ms;
                if (s.captionExact()) captions++;
                if (s.furnitureClean()) clean++;
                String ocrCol = "";
                if (i < ocrPages) {
                    TesseractEngine engine;
                    if (chinese) engine = chi != null ? chi : (chi = new TesseractEngine(TessdataLocator.resolve("chi_sim", null, Path.of("tessdata"))));
                    else engine = eng != null ? eng : (eng = new TesseractEngine(TessdataLocator.resolve("eng", null, Path.of("tessdata"))));
                    long t1 = System.nanoTime();
                    BufferedImage img = renderer.renderImageWithDPI(i, 300, ImageType.GRAY);
                    PageResult o = pipeline.process(new SourcePage(i + 1, new PageImage(i + 1, img, 300), null), engine, im -> { });
                    double oms = (System.nanoTime() - t1) / 1e6;
                    EpaperScore os = EpaperScore.of(expected, caption, furniture, o.articles());
                    ocrTotal = ocrTotal.plus(os);
                    ocrMs += oms;
                    pdfMsOcrPages += ms;
                    ocrDone++;
                    if (os.captionExact()) ocrCaptions++;
                    if (os.furnitureClean()) ocrClean++;
                    ocrCol = String.format("%s  %8.0f ms  x%.0f", os.summary(), oms, oms / ms);
                }
                System.out.printf("%-4d %-3s %-3d  %-44s %-7s %-9s %8.0f | %s%n", i + 1, chinese ? "zh" : "en", variant,
                        s.summary(), s.captionExact() ? "exact" : "WRONG", s.furnitureClean() ? "clean" : "LEAKED", ms, ocrCol);
                if (verbose) s.problems().forEach(p -> System.out.println("     " + p));
            }
        } finally {
            if (chi != null) chi.close();
            if (eng != null) eng.close();
        }
        System.out.println();
        System.out.printf("PDF route, %d pages: %s  captions %d/%d  furniture-free %d/%d%n", pages, pdfTotal.summary(),
                captions, pages, clean, pages);
        System.out.printf("  articles %.1f%%  titles %.1f%%  paragraphs %.1f%%  (target 100%%)%n",
                pct(pdfTotal.articlesMatched(), pdfTotal.articles()), pct(pdfTotal.titlesExact(), pdfTotal.titles()),
                pct(pdfTotal.paragraphsExact(), pdfTotal.paragraphs()));
        System.out.printf("  %.0f ms/page: %.0f reading the text layer and rendering the page at 300 dpi (for rules and frames),"
                + " %.0f layout, articles, repair%n", pdfMs / pages, readMs / pages, (pdfMs - readMs) / pages);
        if (ocrDone > 0) {
            System.out.printf("OCR route, %d pages: %s  captions %d/%d  furniture-free %d/%d%n", ocrDone, ocrTotal.summary(),
                    ocrCaptions, ocrDone, ocrClean, ocrDone);
            System.out.printf("  %.0f ms/page against %.0f ms/page for the PDF route on the same pages: the PDF route is %.1fx faster%n",
                    ocrMs / ocrDone, pdfMsOcrPages / ocrDone, ocrMs / pdfMsOcrPages);
        }
    }

    private static double pct(int a, int b) {
        return b == 0 ? 100 : 100.0 * a / b;
    }
}
