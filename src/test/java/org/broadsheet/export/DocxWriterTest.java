package org.broadsheet.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.broadsheet.model.Article;
import org.broadsheet.model.FileResult;
import org.broadsheet.model.IssueMeta;
import org.broadsheet.model.PageInfo;
import org.broadsheet.model.SourceInfo;
import org.broadsheet.model.TextParagraph;
import org.broadsheet.model.TextRoute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;

class DocxWriterTest {
    static final Set<String> ARTICLE_STYLES = Set.of("Kicker", "Heading1", "Subtitle", "Byline", "Body", "Heading2", "Caption", "Source");

    @TempDir Path out;

    /** Writes articles.json for each result and reads it back, as the batch does. */
    private List<ExportedFile> exported(Map<String, FileResult> byDir) throws Exception {
        List<ExportedFile> files = new ArrayList<>();
        for (var e : byDir.entrySet()) {
            new ArticlesJson().write(e.getValue(), out.resolve(e.getKey()));
            files.add(ExportedFile.load(out, e.getKey()));
        }
        return files;
    }

    private static List<ExportedFile.Ref> refs(List<ExportedFile> files) {
        return files.stream().map(ExportedFile::ref).toList();
    }

    private List<ExportedFile> batch() throws Exception {
        Map<String, FileResult> byDir = new LinkedHashMap<>();
        byDir.put("1950-01-02/p10", ExportFixtures.chinese("1950-01-02/p10.tif"));
        byDir.put("1950-01-02/p2", ExportFixtures.chinese("1950-01-02/p2.tif"));
        byDir.put("star/1901", ExportFixtures.english("star/1901.tif"));
        return exported(byDir);
    }

    @Test
    void oneDocumentPerFolderWithArticlesInOrderAndStyled() throws Exception {
        List<ExportedFile> files = batch();
        Map<String, String> docx = DocxExporter.writeBatch(out, refs(files), DocxExporter.Grouping.FOLDER);
        assertEquals("1950-01-02/1950-01-02.docx", docx.get("1950-01-02/p2"));
        assertEquals("1950-01-02/1950-01-02.docx", docx.get("1950-01-02/p10"));
        assertEquals("star/star.docx", docx.get("star/1901"));

        List<ArticlesFile> zhFiles = files.stream().filter(f -> f.dir().startsWith("1950"))
                .map(ExportedFile::file).sorted((a, b) -> a.source().path().length() - b.source().path().length()).toList();
        assertEquals("1950-01-02/p2.tif", zhFiles.get(0).source().path(), "p2 before p10");
        try (XWPFDocument doc = open(out.resolve("1950-01-02/1950-01-02.docx"))) {
            assertEquals(expected(zhFiles, TextScript.SIMPLIFIED), actual(doc));
            XWPFStyle h1 = doc.getStyles().getStyle("Heading1");
            assertEquals("heading 1", h1.getName());
            assertEquals(0, h1.getCTStyle().getPPr().getOutlineLvl().getVal().intValue());
            assertEquals(1, doc.getStyles().getStyle("Heading2").getCTStyle().getPPr().getOutlineLvl().getVal().intValue());
            assertEquals("caption", doc.getStyles().getStyle("Caption").getName());
            var ind = doc.getStyles().getStyle("Body").getCTStyle().getPPr().getInd();
            assertEquals("200", ind.getFirstLineChars().toString(), "two-character indent for Chinese");

            int chineseRuns = 0;
            for (XWPFParagraph p : doc.getParagraphs()) {
                for (XWPFRun r : p.getRuns()) {
                    if (!TextScript.containsCjk(r.text())) continue;
                    chineseRuns++;
                    CTRPr rpr = r.getCTR().getRPr();
                    assertNotNull(rpr, "Chinese run without properties: " + r.text());
                    assertTrue(rpr.getRFontsArray(0).getEastAsia().matches("Noto (Serif|Sans) CJK SC"), r.text());
                    assertEquals("zh-CN", rpr.getLangArray(0).getEastAsia(), r.text());
                }
            }
            assertTrue(chineseRuns > 10);
            String body = part(doc, "/word/document.xml");
            assertTrue(body.contains("TOC \\o \"1-2\" \\h \\z \\u"), "TOC field code");
            assertTrue(body.contains("w:dirty=\"true\""), "TOC marked for refresh");
            assertTrue(part(doc, "/word/settings.xml").contains("updateFields"));
            // every TOC entry links to a heading bookmark
            for (DocxHeading h : DocxArticles.outline(zhFiles, TextScript.SIMPLIFIED)) {
                assertTrue(body.contains("w:anchor=\"" + h.bookmark() + "\""), h.bookmark());
                assertTrue(body.contains("w:name=\"" + h.bookmark() + "\""), h.bookmark());
            }
            var core = doc.getProperties().getCoreProperties();
            assertEquals("1950-01-02", core.getTitle());
            assertTrue(core.getCreator().startsWith("broadsheet "), core.getCreator());
            assertTrue(Duration.between(core.getCreated().toInstant(), Instant.now()).abs().toMinutes() < 5);
            String cover = doc.getParagraphs().get(0).getText();
            assertEquals("人民日报", cover);
            assertTrue(doc.getParagraphs().stream().anyMatch(p -> p.getText().contains("第612号")));
            assertTrue(doc.getParagraphs().stream().anyMatch(p -> p.getText().startsWith("1950-01-02/p10.tif")));
        }
        try (XWPFDocument doc = open(out.resolve("star/star.docx"))) {
            assertEquals(expected(List.of(files.get(2).file()), TextScript.LATIN), actual(doc));
            var ind = doc.getStyles().getStyle("Body").getCTStyle().getPPr().getInd();
            assertEquals(DocxStyles.LATIN_INDENT, Integer.parseInt(ind.getFirstLine().toString()));
            assertEquals("The Evening Star", doc.getParagraphs().get(0).getText());
        }
    }

    @Test
    void oneDocumentPerFileHoldsOnlyThatFile() throws Exception {
        List<ExportedFile> files = batch();
        Map<String, String> docx = DocxExporter.writeBatch(out, refs(files), DocxExporter.Grouping.FILE);
        assertEquals("1950-01-02/p2/p2.docx", docx.get("1950-01-02/p2"));
        for (ExportedFile f : files) {
            try (XWPFDocument doc = open(out.resolve(docx.get(f.dir())))) {
                assertEquals(expected(List.of(f.file()), TextScript.of(DocxWriter.sample(List.of(f.file())))), actual(doc));
            }
        }
    }

    @Test
    void traditionalTextGetsTraditionalFontsAndChineseParagraphsInLatinDocumentsTooAreTagged() throws Exception {
        Article trad = new Article("p1-a01", 1, "臺灣經濟發展報導", null, null, "記者 陳明",
                List.of(new TextParagraph("這個時期的國際貿易與經濟發展關係密切。", null, List.of())),
                List.of(), List.of(0), null, 0.8, List.of(), List.of());
        ArticlesFile zhTw = file("tw/p1.tif", trad);
        Path target = out.resolve("tw.docx");
        DocxWriter.write(List.of(zhTw), "tw", target);
        try (XWPFDocument doc = open(target)) {
            XWPFParagraph h = doc.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyle())).findFirst().orElseThrow();
            CTRPr rpr = h.getRuns().get(0).getCTR().getRPr();
            assertEquals("Noto Sans CJK TC", rpr.getRFontsArray(0).getEastAsia());
            assertEquals("zh-TW", rpr.getLangArray(0).getEastAsia());
            assertTrue(part(doc, "/word/styles.xml").contains("w:eastAsia=\"zh-TW\""));
        }

        Article mixed = new Article("p1-a01", 1, "Letters", null, null, null,
                List.of(new TextParagraph("A letter from Shanghai.", null, List.of()),
                        new TextParagraph("上海来信：今年的贸易很好。", null, List.of())),
                List.of(), List.of(0), null, 0.8, List.of(), List.of());
        Path en = out.resolve("mixed.docx");
        DocxWriter.write(List.of(file("m/p1.tif", mixed)), "mixed", en);
        try (XWPFDocument doc = open(en)) {
            XWPFParagraph zh = doc.getParagraphs().stream().filter(p -> p.getText().startsWith("上海来信")).findFirst().orElseThrow();
            assertEquals("Body", zh.getStyle());
            assertEquals("200", zh.getCTP().getPPr().getInd().getFirstLineChars().toString());
            CTRPr rpr = zh.getRuns().get(0).getCTR().getRPr();
            assertEquals("Noto Serif CJK SC", rpr.getRFontsArray(0).getEastAsia());
            assertEquals("zh-CN", rpr.getLangArray(0).getEastAsia());
            XWPFParagraph latin = doc.getParagraphs().stream().filter(p -> p.getText().startsWith("A letter")).findFirst().orElseThrow();
            assertFalse(latin.getCTP().getPPr().isSetInd(), "the style's indent applies");
        }
    }

    @Test
    void bareIssueAndVolumeNumbersFromTheMastheadAreShownInTheIssuesLanguage(@org.junit.jupiter.api.io.TempDir Path tmp)
            throws Exception {
        Article zh = ExportFixtures.chinese("a.tif").articles().get(0);
        Article en = ExportFixtures.english("b.tif").articles().get(0);
        for (var c : List.of(List.of(zh, "第3290期 · 第12卷"), List.of(en, "No. 3290 · Vol. 12"))) {
            Article a = (Article) c.get(0);
            ArticlesFile f = new ArticlesFile(new SourceInfo("x.tif", 1, null, "image/tiff"),
                    new IssueMeta("Paper", "2025-07-02", "3290", "12"),
                    List.of(new PageInfo(1, 100, 100, 300, TextRoute.OCR, null, 0.8)), List.of(a));
            Path docx = tmp.resolve(a.id() + ".docx");
            DocxWriter.write(List.of(f), "t", docx);
            try (XWPFDocument doc = new XWPFDocument(java.nio.file.Files.newInputStream(docx))) {
                String cover = doc.getParagraphs().stream().limit(3).map(XWPFParagraph::getText)
                        .reduce("", (x, y) -> x + "\n" + y);
                assertTrue(cover.contains((String) c.get(1)), cover);
            }
        }
    }

    static ArticlesFile file(String path, Article a) {
        return new ArticlesFile(new SourceInfo(path, 1, null, "image/tiff"), IssueMeta.NONE,
                List.of(new PageInfo(1, 100, 100, 300, TextRoute.OCR, null, 0.8)), List.of(a));
    }

    /** (style, text) of every article paragraph the document should hold, derived from the articles. */
    static List<String> expected(List<ArticlesFile> files, TextScript script) {
        List<String> out = new ArrayList<>();
        for (ArticlesFile f : files) {
            for (Article a : f.articles()) {
                if (a.kicker() != null) out.add("Kicker|" + a.kicker());
                out.add("Heading1|" + DocxArticles.title(a, script));
                if (a.subtitle() != null) out.add("Subtitle|" + a.subtitle());
                if (a.byline() != null) out.add("Byline|" + a.byline());
                for (TextParagraph p : a.paragraphs()) out.add(("subhead".equals(p.role()) ? "Heading2|" : "Body|") + p.text());
                for (String c : a.captions()) out.add("Caption|" + c);
                String src = "Source|" + (script.chinese() ? "来源：" : "Source: ") + f.source().path();
                out.add(src);
            }
        }
        return out;
    }

    static List<String> actual(XWPFDocument doc) {
        List<String> out = new ArrayList<>();
        for (XWPFParagraph p : doc.getParagraphs()) {
            if (!ARTICLE_STYLES.contains(p.getStyle())) continue;
            String text = p.getText();
            // the source line's page/column part is checked by its own format; compare up to the path
            if ("Source".equals(p.getStyle())) text = text.replaceFirst("([,，]).*$", "");
            out.add(p.getStyle() + "|" + text);
        }
        return out;
    }

    static XWPFDocument open(Path p) throws Exception {
        try (InputStream in = Files.newInputStream(p)) {
            return new XWPFDocument(in);
        }
    }

    static String part(XWPFDocument doc, String name) throws Exception {
        for (PackagePart pp : doc.getPackage().getParts()) {
            if (pp.getPartName().getName().equals(name)) {
                try (InputStream in = pp.getInputStream()) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no part " + name);
    }
}
