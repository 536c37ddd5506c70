package org.broadsheet.testpages;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.broadsheet.model.Box;
import org.broadsheet.model.Role;
import org.broadsheet.model.Separator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PageRendererTest {

    private static final Map<String, RenderedPage> PAGES = new ConcurrentHashMap<>();

    private static RenderedPage page(String name, Supplier<PageSpec> spec) {
        return PAGES.computeIfAbsent(name, n -> PageRenderer.render(spec.get()));
    }

    private static List<RenderedPage> variety() {
        return List.of(
                page("zh-front", () -> SamplePages.chineseFrontPage(3)),
                page("zh-small", SamplePages::shippedChineseSample),
                page("zht-sidebar", () -> SamplePages.sidebarPage(Script.TRADITIONAL, 5)),
                page("en-front", () -> SamplePages.englishFrontPage(3)),
                page("en-sidephoto", () -> SamplePages.sidePhotoPage(Script.ENGLISH, 4)),
                page("en-inside-6", () -> SamplePages.insidePage(Script.ENGLISH, 6, 2)));
    }

    @Test
    void pagesAreGreyImagesWithInkAndArticles() {
        for (RenderedPage p : variety()) {
            assertEquals(BufferedImage.TYPE_BYTE_GRAY, p.image().getType());
            double dark = darkFraction(p.image(), new Box(0, 0, p.width(), p.height()));
            assertTrue(dark > 0.02 && dark < 0.4, "dark pixel fraction " + dark);
            assertTrue(p.truth().articles().size() >= 4, "articles: " + p.truth().articles().size());
            assertFalse(p.toText().isBlank());
        }
    }

    @Test
    void everyBoxLiesInsideThePageAndEveryWordInsideItsLine() {
        for (RenderedPage p : variety()) {
            Box pageBox = new Box(0, 0, p.width(), p.height());
            for (TruthArticle a : p.truth().articles()) {
                assertTrue(pageBox.contains(a.bbox()), a.id() + " " + a.bbox());
                for (TruthLine l : a.lines()) {
                    assertTrue(a.bbox().contains(l.box()), "line outside its article: " + l.text());
                    for (TruthWord w : l.words()) assertTrue(l.box().contains(w.box()), "word outside line: " + w.text());
                }
            }
            for (Separator s : p.truth().rules()) assertTrue(pageBox.contains(s.box()), "rule " + s.box());
            for (Box c : p.truth().columns()) assertTrue(pageBox.contains(c), "column " + c);
        }
    }

    @Test
    void linesDoNotOverlapAndEachHoldsInk() {
        for (RenderedPage p : variety()) {
            List<TruthLine> lines = p.truth().allLines();
            for (int i = 0; i < lines.size(); i++) {
                TruthLine a = lines.get(i);
                assertTrue(darkFraction(p.image(), a.box()) > 0.03, "no ink under '" + a.text() + "'");
                for (int j = i + 1; j < lines.size(); j++) {
                    assertEquals(0, a.box().intersectionArea(lines.get(j).box()),
                            "'" + a.text() + "' overlaps '" + lines.get(j).text() + "'");
                }
            }
        }
    }

    @Test
    void truthTextIsTheSpecTextAndTheDrawnLinesSpellIt() {
        for (PageSpec spec : List.of(SamplePages.shippedChineseSample(), SamplePages.englishFrontPage(3),
                SamplePages.sidebarPage(Script.TRADITIONAL, 5), SamplePages.sidePhotoPage(Script.ENGLISH, 4))) {
            RenderedPage p = PageRenderer.render(spec);
            boolean cjk = spec.script().cjk();
            int complete = 0;
            for (TruthArticle a : p.truth().articles()) {
                ArticleSpec s = spec.articles().stream().filter(x -> x.id().equals(a.id())).findFirst().orElseThrow();
                assertEquals(s.title(), a.title());
                assertEquals(s.kicker(), a.kicker());
                assertEquals(s.subtitle(), a.subtitle());
                assertEquals(s.byline(), a.byline());
                List<String> body = a.bodyParagraphs();
                assertEquals(s.paragraphs().subList(0, body.size()), body, "paragraphs of " + a.id());
                if (body.size() == s.paragraphs().size()) complete++;
                assertEquals(TruthText.bodyFromParagraphs(a, cjk), TruthText.bodyFromLines(a, cjk), "lines of " + a.id());
                assertEquals(joined(a.lines(Role.HEADLINE), cjk), s.title());
                if (s.caption() != null) assertEquals(List.of(s.caption()), a.captions());
            }
            assertTrue(complete >= 3, "complete articles: " + complete);
        }
        RenderedPage small = page("zh-small", SamplePages::shippedChineseSample);
        assertTrue(small.truth().omitted().isEmpty(), "the shipped sample must show all its articles");
        assertEquals("2025-07-02", small.truth().issue().date());
        assertEquals("第3290期", small.truth().issue().issueNumber());
    }

    @Test
    void englishWordsAreSplitWithHyphensAndChineseLinesAvoidLeadingPunctuation() {
        RenderedPage en = page("en-front", () -> SamplePages.englishFrontPage(3));
        int splits = 0;
        for (TruthArticle a : en.truth().articles()) {
            for (TruthHyphen h : a.hyphens()) {
                splits++;
                assertTrue(h.head().endsWith("-"), h.head());
                assertTrue(a.lines().get(h.lineIndex()).text().endsWith(h.head()));
                assertTrue(a.lines().get(h.lineIndex() + 1).text().startsWith(h.tail()));
                String joined = h.compound() ? h.head() + h.tail() : h.head().substring(0, h.head().length() - 1) + h.tail();
                assertEquals(h.word(), joined);
            }
        }
        assertTrue(splits >= 3, "hyphenated words: " + splits);
        for (RenderedPage p : List.of(page("zh-front", () -> SamplePages.chineseFrontPage(3)),
                page("zht-sidebar", () -> SamplePages.sidebarPage(Script.TRADITIONAL, 5)))) {
            for (TruthLine l : p.truth().allLines()) {
                assertFalse("，。、；：？！）」』”》".indexOf(l.text().charAt(0)) >= 0, "line starts with punctuation: " + l.text());
            }
        }
    }

    @Test
    void layoutHasRulesFramesAndMultiColumnBodies() {
        RenderedPage side = page("zht-sidebar", () -> SamplePages.sidebarPage(Script.TRADITIONAL, 5));
        assertEquals(1, side.truth().frames().size());
        TruthArticle boxed = side.truth().articles().stream().filter(TruthArticle::boxed).findFirst().orElseThrow();
        for (TruthLine l : boxed.lines()) assertTrue(boxed.frame().contains(l.box()));
        assertTrue(side.truth().rules().stream().anyMatch(Separator::vertical));
        assertTrue(side.truth().rules().stream().anyMatch(s -> !s.vertical()));

        RenderedPage en = page("en-sidephoto", () -> SamplePages.sidePhotoPage(Script.ENGLISH, 4));
        TruthArticle lead = en.truth().articles().get(0);
        assertEquals(List.of(0, 1, 2), lead.columns());
        assertEquals(List.of(0, 1), lead.lines(Role.BODY).stream().map(TruthLine::column).distinct().toList());
        assertEquals(1, lead.photos().size());
        // the photo fills the third column, beside the body
        assertTrue(lead.photos().get(0).x() >= en.truth().columns().get(2).x());
        // body flows column by column: every line of the first column precedes every line of the second
        List<TruthLine> body = lead.lines(Role.BODY);
        int switchAt = 0;
        while (body.get(switchAt).column() == 0) switchAt++;
        for (int i = switchAt; i < body.size(); i++) assertEquals(1, body.get(i).column());
    }

    @Test
    void sameSeedSamePixelsOtherSeedOtherPixels() {
        PageSpec spec = SamplePages.shippedChineseSample().toBuilder().degradation(Degradation.scan(11)).build();
        RenderedPage a = PageRenderer.render(spec);
        RenderedPage b = PageRenderer.render(spec);
        assertArrayEquals(pixels(a.image()), pixels(b.image()));
        assertEquals(a.truth(), b.truth());
        RenderedPage c = PageRenderer.render(spec.toBuilder().degradation(Degradation.scan(12)).build());
        assertFalse(java.util.Arrays.equals(pixels(a.image()), pixels(c.image())));
        assertNotEquals(a.truth().articles().get(0).bbox(), c.truth().articles().get(0).bbox(), "skew moves the boxes");
    }

    @Test
    void skewedTruthFollowsTheInk() {
        RenderedPage clean = page("zh-small", SamplePages::shippedChineseSample);
        PageSpec spec = SamplePages.shippedChineseSample().toBuilder()
                .degradation(new Degradation(1.5, 0, 0, 1f, 255, 1)).build();
        RenderedPage skewed = PageRenderer.render(spec);
        Box pageBox = new Box(0, 0, skewed.width(), skewed.height());
        List<TruthLine> lines = skewed.truth().allLines();
        assertEquals(clean.truth().allLines().size(), lines.size());
        for (TruthLine l : lines) {
            assertTrue(pageBox.contains(l.box()));
            assertTrue(darkFraction(skewed.image(), l.box()) > 0.01, "no ink under skewed '" + l.text() + "'");
        }
    }

    @Test
    void savesPngAndTruthJsonThatReadsBack(@TempDir Path dir) throws Exception {
        RenderedPage p = page("zh-small", SamplePages::shippedChineseSample);
        Path png = p.save(dir, "sample");
        BufferedImage back = javax.imageio.ImageIO.read(png.toFile());
        assertEquals(p.width(), back.getWidth());
        PageTruth truth = TruthJson.read(dir.resolve("sample.truth.json"));
        assertEquals(p.truth(), truth);
    }

    private static String joined(List<TruthLine> lines, boolean cjk) {
        List<String> parts = new ArrayList<>();
        lines.forEach(l -> parts.add(l.text()));
        return String.join(cjk ? "" : " ", parts);
    }

    private static byte[] pixels(BufferedImage img) {
        return ((DataBufferByte) img.getRaster().getDataBuffer()).getData();
    }

    private static double darkFraction(BufferedImage img, Box box) {
        int dark = 0;
        int[] row = new int[box.w()];
        for (int y = box.y(); y < box.bottom(); y++) {
            img.getRaster().getSamples(box.x(), y, box.w(), 1, 0, row);
            for (int v : row) if (v < 128) dark++;
        }
        return box.area() == 0 ? 0 : (double) dark / box.area();
    }
}
