package org.broadsheet.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.broadsheet.model.Line;
import org.broadsheet.model.PageImage;
import org.broadsheet.model.PageText;
import org.broadsheet.model.Word;
import org.broadsheet.source.Detector;
import org.broadsheet.source.PageReader;
import org.broadsheet.source.Sources;
import org.broadsheet.support.Corpus;
import org.broadsheet.support.TestFiles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Real Tesseract: the page model it yields, and the failures it must not hide. */
class TesseractEngineTest {
    private static TesseractEngine eng;

    @BeforeAll
    static void load() throws OcrException {
        eng = new TesseractEngine(TessdataLocator.resolve("eng", null, Path.of("tessdata")));
    }

    @AfterAll
    static void close() {
        eng.close();
    }

    @Test
    void aBlackAndWhitePageGoesToTesseractInOneBitAndReadsTheSame() throws OcrException {
        BufferedImage grey = TestFiles.textPage(1400, 500, "The quick brown fox jumps over", "the lazy dog near the river bank.");
        byte[] px = ((java.awt.image.DataBufferByte) grey.getRaster().getDataBuffer()).getData();
        assertTrue(!TesseractEngine.isBilevel(px, px.length), "anti-aliased text has grey edges");
        PageText inGrey = eng.recognize(new PageImage(1, grey, 300));
        for (int i = 0; i < px.length; i++) px[i] = (px[i] & 0xff) < 128 ? 0 : (byte) 0xff;
        assertTrue(TesseractEngine.isBilevel(px, px.length));
        PageText inBits = eng.recognize(new PageImage(1, grey, 300));
        assertEquals(List.of("The quick brown fox jumps over", "the lazy dog near the river bank."),
                inBits.lines().stream().map(Line::text).toList());
        for (int i = 0; i < 2; i++) {
            var a = inGrey.lines().get(i).box();
            var b = inBits.lines().get(i).box();
            assertTrue(Math.abs(a.x() - b.x()) <= 2 && Math.abs(a.y() - b.y()) <= 2 && Math.abs(a.right() - b.right()) <= 2
                    && Math.abs(a.bottom() - b.bottom()) <= 2, "boxes in the page's pixels: " + a + " vs " + b);
        }
    }

    @Test
    void oneBitRowsAreMostSignificantBitFirstWithWhiteSet() {
        byte[] grey = new byte[10];
        java.util.Arrays.fill(grey, (byte) 0xff);
        grey[0] = 0;
        grey[9] = 0;
        byte[] row = new byte[2];
        TesseractEngine.packRow(grey, 0, 10, row);
        assertEquals(0x7f, row[0] & 0xff);
        assertEquals(0x80, row[1] & 0xff, "pixel 8 white, pixel 9 black, the rest of the byte is padding");
    }

    @Test
    void theModelKeepsBlocksLinesWordsBoxesAndConfidence() throws OcrException {
        BufferedImage img = TestFiles.textPage(1400, 500, "The quick brown fox jumps over", "the lazy dog near the river bank.");
        PageText page = eng.recognize(new PageImage(1, img, 300));
        assertEquals(1400, page.width());
        assertEquals(2, page.lines().size(), page.lines().toString());
        Line first = page.lines().get(0);
        assertEquals("The quick brown fox jumps over", first.text());
        assertEquals(6, first.words().size());
        Set<String> ids = new HashSet<>();
        for (Line l : page.lines()) {
            assertTrue(ids.add(l.id()), "line ids are unique");
            for (Word w : l.words()) {
                assertTrue(l.box().contains(w.box()), w + " inside " + l.box());
                assertTrue(w.confidence() > 0.5 && w.confidence() <= 1.0, "confidence 0..1: " + w.confidence());
            }
        }
        assertTrue(page.blocks().get(0).paragraphs().size() >= 1);
    }

    @Test
    void aBlankPageIsEmptyNotAnError() throws OcrException {
        PageText page = eng.recognize(new PageImage(1, TestFiles.greyPage(800, 600), 300));
        assertTrue(page.lines().isEmpty());
    }

    @Test
    void noTextOnAnInkedPageIsAFailureNotABlankPage() {
        BufferedImage img = TestFiles.greyPage(800, 600);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.BLACK);
        g.fillRect(100, 100, 600, 400);
        g.dispose();
        OcrException e = assertThrows(OcrException.class, () -> eng.recognize(new PageImage(1, img, 300)));
        assertTrue(e.getMessage().contains("not blank"), e.getMessage());
    }

    @Test
    void aPageOverItsTimeoutFailsWithAClearReason() throws OcrException {
        String[] lines = new String[20];
        java.util.Arrays.fill(lines, "Many lines of text keep Tesseract busy for a while.");
        BufferedImage img = TestFiles.textPage(1400, 1300, lines);
        try (TesseractEngine quick = new TesseractEngine(TessdataLocator.resolve("eng", null, Path.of("tessdata")), 0.02)) {
            OcrException e = assertThrows(OcrException.class, () -> quick.recognize(new PageImage(1, img, 300)));
            assertTrue(e.getMessage().contains("page timeout"), e.getMessage());
            // The engine stays usable for the next page.
            assertTrue(quick.recognize(new PageImage(2, TestFiles.greyPage(300, 200), 300)).lines().isEmpty());
        }
    }

    /** A real 1850 page: most words the digitisation vendor read are found by broadsheet too. */
    @Test
    void realPageAgreesWithTheVendorsOcr() throws Exception {
        Path pdf = Corpus.require("utah-newspaper-fixtures/deseret-news-1850-article-segmented/pages/pdf/p001_Va_071_D45_v01.pdf");
        Path vendor = Corpus.require("utah-newspaper-fixtures/deseret-news-1850-article-segmented/pages/p001_Va_071_D45_v01.xml");
        PageText page;
        try (PageReader r = Sources.open(pdf, "p001.pdf", Detector.detect(pdf))) {
            page = eng.recognize(r.page(0).image());
        }
        Set<String> ours = words(String.join(" ", page.lines().stream().map(Line::text).toList()));
        Matcher m = Pattern.compile("<o p=\"\\d+\">([^<]+)</o>").matcher(Files.readString(vendor));
        int total = 0, found = 0;
        while (m.find()) {
            String w = m.group(1).toLowerCase(Locale.ROOT);
            if (w.length() < 5 || !w.chars().allMatch(Character::isLetter)) continue;
            total++;
            if (ours.contains(w)) found++;
        }
        double share = (double) found / total;
        assertTrue(total > 300, "vendor words: " + total);
        assertTrue(share > 0.75, "share of the vendor's words found: " + share);
    }

    private static Set<String> words(String text) {
        Set<String> out = new HashSet<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) if (!w.isEmpty()) out.add(w);
        return out;
    }
}
