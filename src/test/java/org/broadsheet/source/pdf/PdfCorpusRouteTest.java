package org.broadsheet.source.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.broadsheet.model.PageText;
import org.broadsheet.model.TextRoute;
import org.junit.jupiter.api.Test;

/** Real scanned-newspaper PDFs from the shared corpus: none of them is born digital. */
class PdfCorpusRouteTest {
    private static final Path UTAH = Path.of("..", "shared", "corpus", "utah-newspaper-fixtures").toAbsolutePath().normalize();

    private static Path need(String relative) {
        Path p = UTAH.resolve(relative);
        assumeTrue(Files.exists(p), "shared corpus not found at " + p + ": skipping");
        return p;
    }

    @Test
    void earlierOcrLayersOfScansAreOcredAgain() throws IOException {
        List<Path> pdfs;
        try (Stream<Path> s = Files.list(need("deseret-news-1850-article-segmented/pages/pdf"))) {
            pdfs = s.filter(p -> p.toString().endsWith(".pdf")).sorted().limit(3).toList();
        }
        pdfs = Stream.concat(pdfs.stream(), Stream.of(need("ndnp-jp2-1935/1289.pdf"))).toList();
        for (Path pdf : pdfs) {
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                PdfPageDecision d = PdfPageRouter.decide(doc, 0, PdfPageRouter.Options.defaults());
                assertEquals(TextRoute.OCR, d.route(), pdf + ": " + d.reason());
                assertTrue(d.reason().startsWith("invisible text layer"), pdf + ": " + d.reason());

                PdfTextLayer.Result trusted = PdfTextLayer.read(doc, 0, 300, PdfPageRouter.Options.defaults().withTrustHiddenText(true));
                PageText t = trusted.text();
                assertTrue(t.lines().size() > 20, pdf + ": the trusted layer has text");
                assertTrue(t.lines().stream().allMatch(l -> l.box().right() <= t.width() && l.box().bottom() <= t.height()));
            }
        }
    }

    @Test
    void imageOnlyIssueHasNoTextLayer() throws IOException {
        File pdf = need("pdf-issue-1856/1856050301.pdf").toFile();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                PdfPageDecision d = PdfPageRouter.decide(doc, i, PdfPageRouter.Options.defaults());
                assertEquals(TextRoute.OCR, d.route());
                assertEquals("no text layer (image page)", d.reason());
            }
        }
    }
}
