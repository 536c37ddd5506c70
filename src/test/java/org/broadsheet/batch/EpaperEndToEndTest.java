package org.broadsheet.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.broadsheet.Options;
import org.broadsheet.Pipeline;
import org.broadsheet.ocr.OcrEngine;
import org.broadsheet.source.pdf.CjkTestFont;
import org.broadsheet.source.pdf.EpaperPages;
import org.broadsheet.source.pdf.EpaperPages.ExpectedArticle;
import org.broadsheet.source.pdf.EpaperPdfMaker;
import org.broadsheet.support.TestFiles;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Born-digital e-paper pages through the whole batch, read back from the files broadsheet writes:
 * every title and paragraph exactly as printed, the fake-bold headline once, the vertical caption as
 * one string, and no OCR at all.
 */
class EpaperEndToEndTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;
    private static Path out;
    private static final AtomicInteger OCR_CALLS = new AtomicInteger();

    @BeforeAll
    static void runBatch() throws Exception {
        Assumptions.assumeTrue(CjkTestFont.available(), "Noto Sans CJK is not installed at " + CjkTestFont.NOTO);
        Path scans = tmp.resolve("scans");
        try (EpaperPdfMaker m = new EpaperPdfMaker()) {
            EpaperPages.chinese(m, 1);
            TestFiles.write(scans.resolve("zh/page.pdf"), m.save());
        }
        try (EpaperPdfMaker m = new EpaperPdfMaker()) {
            EpaperPages.english(m, 4);
            TestFiles.write(scans.resolve("en/page.pdf"), m.save());
        }
        out = tmp.resolve("out");
        Options o = new Options(scans, out, "chi_sim+eng", 2, null, Set.of("json", "text", "docx", "alto"), false);
        EngineFactory noOcr = langs -> new OcrEngine() {
            @Override
            public org.broadsheet.model.PageText recognize(org.broadsheet.model.PageImage page) {
                OCR_CALLS.incrementAndGet();
                throw new IllegalStateException("an e-paper page was sent to OCR");
            }

            @Override
            public org.broadsheet.model.Line readLine(org.broadsheet.model.PageImage line, String id, boolean han) {
                OCR_CALLS.incrementAndGet();
                throw new IllegalStateException("an e-paper page had its headlines read again by OCR");
            }

            @Override
            public void close() { }
        };
        Report report = new BatchRunner(o, Pipeline.standard(), noOcr, Progress.silent()).run();
        assertEquals(2, report.done().size(), report.summary());
    }

    @Test
    void chinesePageComesOutExactly() throws Exception {
        check("zh", true, 1);
    }

    @Test
    void englishPageComesOutExactly() throws Exception {
        check("en", false, 4);
    }

    @Test
    void noPageWasOcred() {
        assertEquals(0, OCR_CALLS.get());
    }

    private static void check(String dir, boolean chinese, int variant) throws Exception {
        JsonNode root = JSON.readTree(out.resolve(dir + "/page/articles.json").toFile());
        assertEquals("pdf_text", root.path("pages").get(0).path("route").asText());
        List<JsonNode> articles = new ArrayList<>();
        root.path("articles").forEach(articles::add);

        List<ExpectedArticle> expected = EpaperPages.expected(chinese, variant);
        for (ExpectedArticle e : expected) {
            JsonNode a = e.title() != null ? byTitle(articles, e.title()) : byFirstParagraph(articles, e.paragraphs().get(0));
            if (e.title() == null) assertNull(a.get("title").textValue(), "the sidebar has no headline");
            assertEquals(e.paragraphs(), texts(a.path("paragraphs")), e.key() + " paragraphs");
        }
        // Every article is one of the expected ones, or the photo's caption standing alone.
        String caption = EpaperPages.caption(chinese);
        long others = articles.stream().filter(a -> a.path("paragraphs").size() > 0 || !a.path("title").isNull())
                .filter(a -> expected.stream().noneMatch(e -> e.title() != null && e.title().equals(a.path("title").asText())
                        || e.paragraphs().equals(texts(a.path("paragraphs"))))).count();
        assertEquals(0, others, "articles besides the expected ones: " + articles);
        List<String> captions = articles.stream().flatMap(a -> texts(a.path("captions")).stream()).toList();
        assertEquals(List.of(caption), captions, "the caption, once and whole");

        String text = Files.readString(out.resolve(dir + "/page/text.txt"));
        List<String> docx = docxParagraphs(out.resolve(dir));
        for (ExpectedArticle e : expected) {
            if (e.title() != null) {
                // the fake-bold headline: drawn twice, read once
                assertEquals(1, count(text, e.title()), "headline in text.txt: " + e.title());
                assertEquals(1, docx.stream().filter(e.title()::equals).count(), "headline in the DOCX: " + e.title());
            }
            for (String p : e.paragraphs()) {
                assertEquals(1, count(text, p), "paragraph in text.txt: " + p);
                assertTrue(docx.contains(p), "paragraph in the DOCX: " + p);
            }
        }
        String furniture = EpaperPages.furniture(chinese);
        assertEquals(0, count(text, furniture.substring(0, 6)), "page furniture in the article text");
        try (Stream<Path> alto = Files.list(out.resolve(dir + "/page/alto"))) {
            assertEquals(1, alto.count(), "one ALTO file for the page");
        }
    }

    private static JsonNode byTitle(List<JsonNode> articles, String title) {
        List<JsonNode> m = articles.stream().filter(a -> title.equals(a.path("title").asText())).toList();
        assertEquals(1, m.size(), "articles titled " + title + " in " + articles);
        return m.get(0);
    }

    private static JsonNode byFirstParagraph(List<JsonNode> articles, String first) {
        List<JsonNode> m = articles.stream().filter(a -> a.path("paragraphs").size() > 0
                && first.equals(a.path("paragraphs").get(0).asText())).toList();
        assertEquals(1, m.size(), "articles starting with " + first + " in " + articles);
        return m.get(0);
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static int count(String haystack, String needle) {
        int n = 0;
        for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) n++;
        return n;
    }

    /** The DOCX's paragraphs outside its table of contents. */
    private static List<String> docxParagraphs(Path dir) throws Exception {
        Path docx;
        try (Stream<Path> files = Files.walk(dir)) {
            docx = files.filter(p -> p.toString().endsWith(".docx")).findFirst().orElseThrow(() -> new AssertionError("no DOCX in " + dir));
        }
        try (InputStream in = Files.newInputStream(docx); XWPFDocument d = new XWPFDocument(in)) {
            // the table of contents repeats every headline; the article text is what counts here
            return d.getParagraphs().stream().filter(p -> p.getStyle() == null || !p.getStyle().startsWith("TOC"))
                    .map(XWPFParagraph::getText).toList();
        }
    }
}
