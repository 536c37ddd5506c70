package org.broadsheet.source.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;
import org.broadsheet.model.PageText;
import org.broadsheet.model.TextRoute;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PdfPageRouterTest {
    private static final PdfPageRouter.Options DEFAULTS = PdfPageRouter.Options.defaults();

    @BeforeAll
    static void fontInstalled() {
        assumeTrue(CjkTestFont.available(), "Noto Sans CJK is not installed: " + CjkTestFont.NOTO);
    }

    @Test
    void bornDigitalPagesUseTheirTextLayer() throws IOException {
        byte[] pdf;
        try (EpaperPdfMaker m = new EpaperPdfMaker()) {
            EpaperPages.chinese(m, 1);
            EpaperPages.english(m, 1);
            pdf = m.save();
        }
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (int p = 0; p < 2; p++) {
                PdfPageDecision d = PdfPageRouter.decide(doc, p, DEFAULTS);
                assertEquals(TextRoute.PDF_TEXT, d.route(), d.reason());
                assertEquals(p + 1, d.page());
                assertTrue(d.reason().startsWith("PDF text layer"), d.reason());
                PdfTextLayer.Result r = PdfTextLayer.read(doc, p, 300, DEFAULTS);
                assertEquals(d, r.decision());
                assertEquals(d.reason(), r.text().routeReason());
            }
        }
    }

    @Test
    void invisibleOcrLayerIsOcredAgainUnlessTrusted() throws IOException {
        byte[] pdf;
        EpaperPdfMaker.TruthLine[] truth;
        try (EpaperPdfMaker m = new EpaperPdfMaker()) {
            EpaperPages.hiddenOcrLayer(m);
            pdf = m.save();
            truth = m.truth(0).toArray(EpaperPdfMaker.TruthLine[]::new);
        }
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PdfPageDecision d = PdfPageRouter.decide(doc, 0, DEFAULTS);
            assertEquals(TextRoute.OCR, d.route());
            assertTrue(d.reason().contains("invisible text layer"), d.reason());
            assertNull(PdfTextLayer.read(doc, 0, 300, DEFAULTS).text());

            PdfPageRouter.Options trust = DEFAULTS.withTrustHiddenText(true);
            PdfTextLayer.Result r = PdfTextLayer.read(doc, 0, 300, trust);
            assertEquals(TextRoute.PDF_TEXT, r.decision().route());
            assertTrue(r.decision().hiddenText());
            assertEquals(PdfTestSupport.truthTexts(java.util.List.of(truth)), PdfTestSupport.lineTexts(r.text()));
            assertTrue(PdfTextExtractor.extract(doc, 0, 300).lines().isEmpty(), "plain extraction reads visible text only");
        }
    }

    @Test
    void textPaintedOverByThePageImageCountsAsHidden() throws IOException {
        byte[] pdf;
        java.util.List<EpaperPdfMaker.TruthLine> truth;
        try (EpaperPdfMaker m = new EpaperPdfMaker()) {
            EpaperPages.textUnderScan(m);
            pdf = m.save();
            truth = m.truth(0);
        }
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PdfPageDecision d = PdfPageRouter.decide(doc, 0, DEFAULTS);
            assertEquals(TextRoute.OCR, d.route());
            assertTrue(d.reason().contains("under the page image"), d.reason());
            PdfTextLayer.Result r = PdfTextLayer.read(doc, 0, 300, DEFAULTS.withTrustHiddenText(true));
            assertEquals(PdfTestSupport.truthTexts(truth), PdfTestSupport.lineTexts(r.text()));
        }
    }

    @Test
    void imageOnlyPageHasNoTextLayer() throws IOException {
        byte[] pdf;
        try (EpaperPdfMaker m = new EpaperPdfMaker()) {
            EpaperPages.imageOnly(m);
            pdf = m.save();
        }
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PdfPageDecision d = PdfPageRouter.decide(doc, 0, DEFAULTS);
            assertEquals(TextRoute.OCR, d.route());
            assertEquals("no text layer (image page)", d.reason());
        }
    }

    @Test
    void encryptedPdfIsReadWhenExtractionIsAllowedAndOcredWhenForbidden() throws IOException {
        for (boolean allowed : new boolean[] {true, false}) {
            byte[] pdf;
            java.util.List<EpaperPdfMaker.TruthLine> truth;
            try (EpaperPdfMaker m = new EpaperPdfMaker()) {
                EpaperPages.english(m, 2);
                AccessPermission perm = new AccessPermission();
                perm.setCanExtractContent(allowed);
                pdf = m.save(perm);
                truth = m.truth(0);
            }
            try (PDDocument doc = Loader.loadPDF(pdf)) { // the empty user password opens it
                assertTrue(doc.isEncrypted());
                PdfPageDecision d = PdfPageRouter.decide(doc, 0, DEFAULTS);
                PdfTextLayer.Result r = PdfTextLayer.read(doc, 0, 300, DEFAULTS);
                if (allowed) {
                    assertEquals(TextRoute.PDF_TEXT, d.route(), d.reason());
                    assertEquals(PdfTestSupport.truthTexts(truth), PdfTestSupport.lineTexts(r.text()));
                } else {
                    assertEquals(TextRoute.OCR, d.route());
                    assertTrue(d.reason().contains("forbid"), d.reason());
                    assertNull(r.text());
                }
            }
        }
    }

    @Test
    void fontMappedToPrivateUseCodesIsOcred() throws IOException {
        PdfPageDecision d = decideChinese(CjkTestFont.UnicodeMap.PRIVATE_USE);
        assertEquals(TextRoute.OCR, d.route());
        assertTrue(d.reason().startsWith("fonts without a usable Unicode map"), d.reason());
        assertTrue(d.reason().contains(CjkTestFont.NAME), d.reason());
    }

    @Test
    void fontWithoutUnicodeMapIsOcred() throws IOException {
        PdfPageDecision d = decideChinese(CjkTestFont.UnicodeMap.NONE);
        assertEquals(TextRoute.OCR, d.route());
        assertTrue(d.reason().contains("without a usable Unicode map"), d.reason());
    }

    @Test
    void aFewUnmappedGlyphsAreDroppedNotOcred() throws IOException {
        byte[] pdf;
        java.util.List<EpaperPdfMaker.TruthLine> truth;
        try (EpaperPdfMaker m = new EpaperPdfMaker(CjkTestFont.UnicodeMap.PRIVATE_USE)) {
            try (EpaperPdfMaker.Page p = m.page(EpaperPages.W, EpaperPages.H)) {
                EpaperPdfMaker.Face body = m.standard(FontName.TIMES_ROMAN);
                float y = 60;
                for (String para : SampleArticles.ENGLISH.get(1).paragraphs()) {
                    y = p.column("body", body, 10, 13, 40, y, 500, java.util.List.of(para), false, 0) + 6;
                }
                p.text("symbol", m.cjk(), 10, 40, y + 20, "图书", false);
            }
            pdf = m.save();
            truth = m.truth(0).stream().filter(t -> t.role().equals("body")).toList();
        }
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PdfTextLayer.Result r = PdfTextLayer.read(doc, 0, 300, DEFAULTS);
            assertEquals(TextRoute.PDF_TEXT, r.decision().route(), r.decision().reason());
            assertTrue(r.decision().reason().contains("2 without Unicode dropped"), r.decision().reason());
            PageText text = r.text();
            assertEquals(PdfTestSupport.truthTexts(truth), PdfTestSupport.lineTexts(text));
            assertFalse(text.lines().stream().anyMatch(l -> l.text().codePoints().anyMatch(c -> c >= 0xE000 && c <= 0xF8FF)));
        }
    }

    private static PdfPageDecision decideChinese(CjkTestFont.UnicodeMap map) throws IOException {
        byte[] pdf;
        try (EpaperPdfMaker m = new EpaperPdfMaker(map)) {
            EpaperPages.chinese(m, 0);
            pdf = m.save();
        }
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return PdfPageRouter.decide(doc, 0, DEFAULTS);
        }
    }
}
