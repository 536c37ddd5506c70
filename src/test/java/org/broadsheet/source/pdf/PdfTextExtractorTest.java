package org.broadsheet.source.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.broadsheet.model.Block;
import org.broadsheet.model.Box;
import org.broadsheet.model.BlockKind;
import org.broadsheet.model.Line;
import org.broadsheet.model.PageText;
import org.broadsheet.model.TextRoute;
import org.broadsheet.model.Word;
import org.broadsheet.source.pdf.EpaperPdfMaker.TruthLine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PdfTextExtractorTest {
    private static byte[] pdf;
    private static List<TruthLine> chinese;
    private static List<TruthLine> english;

    @BeforeAll
    static void makePages() throws IOException {
        assumeTrue(CjkTestFont.available(), "Noto Sans CJK is not installed: " + CjkTestFont.NOTO);
        try (EpaperPdfMaker m = new EpaperPdfMaker()) {
            EpaperPages.chinese(m, 0);
            EpaperPages.english(m, 0);
            pdf = m.save();
            chinese = m.truth(0);
            english = m.truth(1);
        }
    }

    private static PageText extract(int page) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return PdfTextExtractor.extract(doc, page, 300);
        }
    }

    @Test
    void chinesePageLinesAreExactlyTheDrawnLines() throws IOException {
        PageText page = extract(0);
        assertEquals(PdfTestSupport.truthTexts(chinese), PdfTestSupport.lineTexts(page));
        assertEquals(TextRoute.PDF_TEXT, page.route());
        assertEquals(1.0, page.meanConfidence());
    }

    @Test
    void englishPageLinesAreExactlyTheDrawnLines() throws IOException {
        // includes an article drawn word by word without space glyphs: the spaces come from the gaps
        assertEquals(PdfTestSupport.truthTexts(english), PdfTestSupport.lineTexts(extract(1)));
    }

    @Test
    void fakeBoldHeadlineComesOutOnceAndBold() throws IOException {
        PageText page = extract(0);
        String headline = role(chinese, "a1:headline").get(0).text();
        Line l = PdfTestSupport.lineWithText(page, headline);
        assertEquals(headline.length(), l.words().size(), "one word per CJK character, no doubled glyphs");
        assertTrue(l.words().stream().allMatch(Word::bold), "a headline drawn twice is bold");
        assertEquals(22 * PdfTestSupport.SCALE, l.words().get(0).fontSize(), 0.5);
        String plain = role(chinese, "a3:headline").get(0).text();
        assertTrue(PdfTestSupport.lineWithText(page, plain).words().stream().noneMatch(Word::bold),
                "a headline drawn once in a regular face is not bold");
        Line body = PdfTestSupport.lineWithText(page, role(chinese, "a1:body").get(1).text());
        assertFalse(body.words().get(0).bold());
        assertEquals(9.5 * PdfTestSupport.SCALE, body.words().get(0).fontSize(), 0.5);

        PageText en = extract(1);
        String enText = role(english, "a1:headline").get(0).text();
        Line enHead = PdfTestSupport.lineWithText(en, enText);
        assertEquals(enText.split(" ").length, enHead.words().size());
        assertTrue(enHead.words().stream().allMatch(Word::bold));
    }

    @Test
    void boxesArePixelsAt300DpiFromTheTopLeft() throws IOException {
        for (int p = 0; p < 2; p++) {
            PageText page = extract(p);
            List<TruthLine> truth = p == 0 ? chinese : english;
            assertEquals(2479, page.width());
            assertEquals(3508, page.height());
            for (TruthLine t : truth) {
                Line l = PdfTestSupport.lineWithText(page, t.text());
                double s = PdfTestSupport.SCALE;
                double size = t.vertical() ? t.box().width * s : t.box().height * s;
                assertEquals(t.box().x * s, l.box().x(), 3, t.text() + " left");
                assertEquals((t.box().x + t.box().width) * s, l.box().right(), 3 + 0.05 * size, t.text() + " right");
                assertEquals((t.box().y + t.box().height / 2) * s, l.box().centerY(), 0.15 * size + 2, t.text() + " middle");
            }
        }
    }

    @Test
    void boxesCoverTheRenderedInk() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (int p = 0; p < 2; p++) {
                PageText page = PdfTextExtractor.extract(doc, p, 300);
                BufferedImage img = PdfTestSupport.render(doc, p);
                assertEquals(img.getWidth(), page.width());
                assertEquals(img.getHeight(), page.height());
                assertTrue(PdfTestSupport.assertBoxesCoverInk(page, img) > 30);
            }
        }
    }

    @Test
    void boxesFollowPageRotationAndCropBox() throws IOException {
        byte[] turned;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDPage page = doc.getPage(1);
            page.setCropBox(new PDRectangle(12, 30, 560, 790));
            page.setRotation(90);
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            doc.save(out);
            turned = out.toByteArray();
        }
        try (PDDocument doc = Loader.loadPDF(turned)) {
            PageText page = PdfTextExtractor.extract(doc, 1, 300);
            BufferedImage img = PdfTestSupport.render(doc, 1);
            assertEquals(img.getWidth(), page.width());
            assertEquals(img.getHeight(), page.height());
            assertTrue(page.width() > page.height(), "a portrait page turned by 90 degrees is landscape");
            PdfTestSupport.assertBoxesCoverInk(page, img);
            assertEquals(PdfTestSupport.truthTexts(english), PdfTestSupport.lineTexts(page),
                    "the text does not depend on how the page is turned");
        }
    }

    @Test
    void verticalCaptionIsOneVerticalLine() throws IOException {
        PageText page = extract(0);
        String caption = role(chinese, "caption").get(0).text();
        Line l = PdfTestSupport.lineWithText(page, caption);
        assertTrue(l.vertical());
        assertEquals(caption.length(), l.words().size());
        assertTrue(l.box().h() > 5 * l.box().w());
        assertEquals(BlockKind.VERTICAL_TEXT, blockOf(page, l).kind());
        assertTrue(page.lines().stream().filter(x -> x != l).noneMatch(Line::vertical) || onlyFurnitureElse(page, l));
    }

    @Test
    void rotatedFurnitureIsItsOwnMarkedBlock() throws IOException {
        for (int p = 0; p < 2; p++) {
            PageText page = extract(p);
            List<TruthLine> truth = p == 0 ? chinese : english;
            Line l = PdfTestSupport.lineWithText(page, role(truth, "furniture").get(0).text());
            Block b = blockOf(page, l);
            assertEquals(BlockKind.OTHER, b.kind());
            assertEquals(1, b.lines().size());
            assertTrue(l.vertical(), "text running up the margin has a tall box");
        }
    }

    @Test
    void thePhotoIsAnImageBlockBesideItsCaption() throws IOException {
        for (int p = 0; p < 2; p++) {
            PageText page = extract(p);
            List<TruthLine> truth = p == 0 ? chinese : english;
            List<Block> images = page.blocks().stream().filter(b -> b.kind() == BlockKind.IMAGE).toList();
            assertEquals(1, images.size(), "one photo on the page");
            Box photo = images.get(0).box();
            assertTrue(images.get(0).lines().isEmpty());
            Line caption = PdfTestSupport.lineWithText(page, role(truth, "caption").get(0).text());
            double scale = PdfTestSupport.SCALE;
            assertEquals(EpaperPages.col(2) * scale, photo.x(), 2, "the photo's left edge, in pixels");
            if (p == 0) {
                assertTrue(caption.vertical());
                assertTrue(caption.box().x() >= photo.right() && caption.box().x() - photo.right() < 10 * scale,
                        "the vertical caption stands right of the photo: " + caption.box() + " " + photo);
            } else {
                assertTrue(caption.box().y() >= photo.bottom() && caption.box().y() - photo.bottom() < 12 * scale,
                        "the caption sits under the photo: " + caption.box() + " " + photo);
            }
        }
    }

    @Test
    void blocksNeverMixArticlesColumnsOrTheSidebar() throws IOException {
        for (int p = 0; p < 2; p++) {
            PageText page = extract(p);
            List<TruthLine> truth = p == 0 ? chinese : english;
            Map<String, String> roleOf = new java.util.HashMap<>();
            truth.forEach(t -> roleOf.put(t.text(), t.role()));
            for (Block b : page.blocks()) {
                if (b.kind() == BlockKind.IMAGE) continue;
                Set<String> roles = new HashSet<>();
                b.lines().forEach(l -> roles.add(roleOf.get(l.text())));
                assertEquals(1, roles.size(), b.id() + " mixes " + roles);
                Set<Integer> columns = new HashSet<>();
                b.lines().forEach(l -> columns.add((int) Math.round((l.box().x() / PdfTestSupport.SCALE - EpaperPages.LEFT)
                        / (EpaperPages.COL + EpaperPages.GUTTER))));
                if (!b.kind().equals(BlockKind.HEADING) && !b.kind().equals(BlockKind.OTHER)) {
                    assertEquals(1, columns.size(), b.id() + " spans columns " + columns);
                }
            }
            List<Line> sidebar = page.lines().stream().filter(l -> "sidebar".equals(roleOf.get(l.text()))).toList();
            assertEquals(role(truth, "sidebar").size(), sidebar.size());
            assertEquals(1, sidebar.stream().map(l -> blockOf(page, l)).distinct().count(), "the sidebar is one block");
            long headings = page.blocks().stream().filter(b -> b.kind() == BlockKind.HEADING).count();
            assertEquals(3, headings, "three articles, three headings");
        }
    }

    @Test
    void paragraphsStartAtIndentedLines() throws IOException {
        PageText page = extract(0);
        Line first = PdfTestSupport.lineWithText(page, role(chinese, "a1:body").get(0).text());
        Block b = blockOf(page, first);
        assertTrue(b.paragraphs().size() >= 2);
        for (var para : b.paragraphs()) {
            // every paragraph but a column's continuation starts with the indented line
            if (para != b.paragraphs().get(0)) assertTrue(para.firstLineIndent() > 60, "indent " + para.firstLineIndent());
        }
    }

    private static boolean onlyFurnitureElse(PageText page, Line caption) {
        return page.lines().stream().filter(x -> x != caption && x.vertical()).allMatch(x -> blockOf(page, x).kind() == BlockKind.OTHER);
    }

    static Block blockOf(PageText page, Line l) {
        return page.blocks().stream().filter(b -> b.lines().contains(l)).findFirst().orElseThrow();
    }

    static List<TruthLine> role(List<TruthLine> truth, String role) {
        return truth.stream().filter(t -> t.role().equals(role)).toList();
    }
}
