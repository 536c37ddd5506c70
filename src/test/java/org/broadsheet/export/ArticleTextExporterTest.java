package org.broadsheet.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.broadsheet.model.Article;
import org.broadsheet.model.FileResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleTextExporterTest {
    @TempDir Path out;

    @Test
    void oneFilePerArticleInReadingOrder() throws Exception {
        FileResult zh = ExportFixtures.chinese("1950-01-02/p1.tif");
        List<String> written = new ArticleTextExporter().write(zh, out);
        assertEquals(List.of("articles/001-上海港口货运量创新高.txt", "articles/002-untitled.txt"), written);
        String first = Files.readString(out.resolve(written.get(0)));
        Golden.check("articles-zh-001.txt", first);
        assertTrue(first.startsWith("上海港口货运量创新高\n\n"), "title first");
        Golden.check("articles-zh-002.txt", Files.readString(out.resolve(written.get(1))));

        FileResult en = ExportFixtures.english("star/1901.tif");
        List<String> enFiles = new ArticleTextExporter().write(en, out.resolve("en"));
        assertEquals(List.of("articles/001-harbour-trade-grows.txt"), enFiles);
        String text = Files.readString(out.resolve("en").resolve(enFiles.get(0)));
        Golden.check("articles-en-001.txt", text);
        for (String para : text.strip().split("\n\n")) assertFalse(para.contains("\n"), "one line per paragraph: " + para);
        Article a = en.articles().get(0);
        assertEquals(3 /* title, subtitle, byline */ + a.paragraphs().size() + a.captions().size(), text.strip().split("\n\n").length);
    }

    @Test
    void slugsAreSafeShortAndKeepChinese() {
        assertEquals("harbour-trade-grows", ArticleTextExporter.slug("Harbour Trade Grows!"));
        assertEquals("cafe-munchen-zurich", ArticleTextExporter.slug("Café München / Zürich"));
        assertEquals("上海港口-货运量创新高", ArticleTextExporter.slug("上海港口：货运量创新高"));
        assertEquals("a-b-c", ArticleTextExporter.slug("a/b\\c"));
        assertEquals("untitled", ArticleTextExporter.slug(null));
        assertEquals("untitled", ArticleTextExporter.slug("?*:<>|"));
        String longTitle = ArticleTextExporter.slug("The quick brown fox jumps over the lazy dog and keeps on running far away");
        assertTrue(longTitle.length() <= ArticleTextExporter.MAX_SLUG, longTitle);
        assertFalse(longTitle.endsWith("-"));
        assertEquals("articles/007-harbour-trade-grows.txt", ArticleTextExporter.path(6, ExportFixtures.english("x").articles().get(0)));
    }
}
