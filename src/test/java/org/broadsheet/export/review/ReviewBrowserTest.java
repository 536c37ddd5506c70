package org.broadsheet.export.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.broadsheet.Options;
import org.broadsheet.Pipeline;
import org.broadsheet.batch.BatchRunner;
import org.broadsheet.batch.Progress;
import org.broadsheet.batch.Report;
import org.broadsheet.export.ArticlesFile;
import org.broadsheet.export.ArticlesJson;
import org.broadsheet.model.Article;
import org.broadsheet.model.PageInfo;
import org.broadsheet.ocr.TessdataLocator;
import org.broadsheet.ocr.TesseractEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/** The review pages opened from file:// in headless Chromium, over hand-written and real OCR output. */
class ReviewBrowserTest {
    @TempDir
    static Path dir;
    static ChromeDriver driver;
    static ReviewPageDriver page;

    @BeforeAll
    static void browser() throws IOException {
        Browser.assumeInstalled();
        driver = Browser.start(Files.createDirectories(dir.resolve("profile")));
        page = new ReviewPageDriver(driver);
    }

    @AfterAll
    static void quit() {
        if (driver != null) driver.quit();
    }

    private static void open(Path file) {
        driver.get(file.toUri().toString());
    }

    private static Path pageFile(Path out, int seq) {
        return out.resolve("review/pages").resolve(ReviewPage.fileName(seq));
    }

    private static List<Article> on(ArticlesFile f, int page) {
        return f.articles().stream().filter(a -> a.page() == page).toList();
    }

    @Test
    void handWrittenBatchShowsEscapedTextBoxesAndNavigation() throws IOException {
        Path scans = dir.resolve("synthetic/scans");
        Path out = dir.resolve("synthetic/out");
        SyntheticBatch.write(scans, out);
        ReviewWriter.write(out, scans, 0.6);
        ArticlesFile a = ArticlesJson.read(out.resolve(SyntheticBatch.FOLDER + "/a/articles.json"));

        open(pageFile(out, 3));
        page.assertOnlyLocalResources();
        page.assertBoxesWhereArticlesSay(a.pages().get(0), on(a, 1));
        driver.findElement(By.id("box-1")).click();
        page.assertPanelShows(on(a, 1), 1);
        WebElement title = driver.findElement(By.cssSelector("#article-1 .title"));
        assertEquals(SyntheticBatch.TITLE, title.getText(), "markup in OCR text is shown as text");
        assertEquals(SyntheticBatch.SCRIPT_PARAGRAPH, driver.findElement(By.cssSelector("#article-1 .body p")).getText());
        assertEquals(Boolean.FALSE, page.js("return 'window.__pwned' in window || typeof window.__pwned !== 'undefined';"));
        driver.findElement(By.cssSelector("#toc a[data-n='2']")).click();
        page.assertPanelShows(on(a, 1), 2);
        assertTrue(usedFont("#article-2 .body p").contains("CJK"), "Chinese is drawn with a local CJK font");
        assertFalse(driver.findElement(By.id("article-4")).isDisplayed(), "hidden until chosen");
        driver.findElement(By.cssSelector("#toc a[data-n='4']")).click();
        page.assertPanelShows(on(a, 1), 4);

        page.press(Keys.ARROW_RIGHT, null);
        page.press(Keys.ARROW_LEFT, "0002.html");
        assertTrue(driver.findElement(By.id("flags")).getText().contains("no article found"));
        page.press(Keys.ARROW_LEFT, "0001.html");
        page.press(Keys.ARROW_LEFT, null);
        driver.findElement(By.id("index-link")).click();
        assertTrue(driver.getCurrentUrl().endsWith("/review/index.html"));
        assertSortable();
        assertTrue(driver.findElement(By.id("queue")).getText().contains("bad.pdf failed: bad.pdf: damaged PDF, cannot open: <trailer> missing"));
    }

    @Test
    void realOcrOfEnglishPagesReviewedInTheBrowser() throws Exception {
        Path scans = dir.resolve("english/scans");
        TestPages.english(scans.resolve("p1.png"), "Bridge Work To Start In Spring", TestPages.ENGLISH_A,
                "Library Opens Monday", TestPages.ENGLISH_B);
        TestPages.english(scans.resolve("p2.png"), "Harvest Fair Draws Crowds", TestPages.ENGLISH_B,
                "Council Meets", TestPages.ENGLISH_A);
        Files.writeString(scans.resolve("torn.png"), "this is not an image");
        Path out = dir.resolve("english/out");
        Report report = runBatch(scans, out, "eng");
        assertEquals(2, report.done().size());
        assertEquals(1, report.failed().size());
        ReviewWriter.write(out, scans, 0.6);

        ArticlesFile p1 = ArticlesJson.read(out.resolve("p1/articles.json"));
        assertFalse(on(p1, 1).isEmpty(), "OCR found articles");
        open(out.resolve("review/index.html"));
        page.assertOnlyLocalResources();
        assertEquals("2", driver.findElement(By.id("total-pages")).getText());
        int articles = on(p1, 1).size() + ArticlesJson.read(out.resolve("p2/articles.json")).articles().size();
        assertEquals(String.valueOf(articles), driver.findElement(By.id("total-articles")).getText());
        assertTrue(driver.findElement(By.id("queue")).getText().contains("torn.png"), "failed file queued with its reason");
        assertSortable();
        Browser.screenshot(driver, "english-index");

        driver.findElement(By.cssSelector("#pages a[href='pages/0001.html']")).click();
        page.assertOnlyLocalResources();
        page.assertBoxesWhereArticlesSay(p1.pages().get(0), on(p1, 1));
        int clicked = page.clickLongestArticle(on(p1, 1));
        String body = ReviewPageDriver.squash(driver.findElement(By.id("article-" + clicked)).getText());
        assertTrue(body.contains("county council") || body.contains("library") || body.contains("harvest"),
                "the panel holds real recognised prose: " + body);
        driver.executeScript("window.scrollTo(0, 0);");
        Browser.screenshot(driver, "english-page");
        page.press(Keys.ARROW_RIGHT, "0002.html");
        assertTrue(driver.findElement(By.tagName("h1")).getText().startsWith("p2.png"));
        page.press(Keys.ARROW_RIGHT, null);
        page.press(Keys.ARROW_LEFT, "0001.html");
    }

    @Test
    void realOcrOfAChinesePageReviewedInTheBrowser() throws Exception {
        Path scans = dir.resolve("chinese/scans");
        TestPages.chinese(scans.resolve("zh.png"));
        Path out = dir.resolve("chinese/out");
        runBatch(scans, out, "chi_sim");
        ReviewWriter.write(out, scans, 0.6);
        ArticlesFile zh = ArticlesJson.read(out.resolve("zh/articles.json"));
        List<Article> articles = on(zh, 1);
        assertTrue(articles.stream().anyMatch(a -> a.paragraphs().stream().anyMatch(p -> Html.hasHan(p.text()))),
                "chi_sim read Chinese text");

        open(pageFile(out, 1));
        assertEquals("zh", driver.findElement(By.tagName("html")).getAttribute("lang"));
        page.assertBoxesWhereArticlesSay(zh.pages().get(0), articles);
        int clicked = page.clickLongestArticle(articles);
        String text = driver.findElement(By.cssSelector("#article-" + clicked + " .body")).getText();
        assertTrue(Html.hasHan(text), "Chinese shown in the panel: " + text);
        String font = usedFont("#article-" + clicked + " .body p");
        assertTrue(font.contains("CJK"), "drawn with " + font);
        driver.executeScript("window.scrollTo(0, 0);");
        Browser.screenshot(driver, "chinese-page");
    }

    private static Report runBatch(Path scans, Path out, String lang) throws Exception {
        TessdataLocator.Resolved data = TessdataLocator.resolve(lang, null, Path.of("tessdata"));
        Options options = new Options(scans, out, lang, 1, null, Set.of("json"), false);
        return new BatchRunner(options, Pipeline.standard(), langs -> new TesseractEngine(data), Progress.silent()).run();
    }

    /** Clicking a numeric heading sorts the table ascending, clicking again descending. */
    private static void assertSortable() {
        for (String column : List.of("sort-confidence", "sort-articles")) {
            int col = ((Number) page.js("return document.getElementById(arguments[0]).cellIndex;", column)).intValue();
            driver.findElement(By.id(column)).click();
            List<Double> up = columnValues(col);
            driver.findElement(By.id(column)).click();
            List<Double> down = columnValues(col);
            List<Double> sorted = new ArrayList<>(up);
            sorted.sort(null);
            assertEquals(sorted, up, column + " ascending");
            sorted.sort(java.util.Comparator.reverseOrder());
            assertEquals(sorted, down, column + " descending");
            assertEquals("descending", driver.findElement(By.id(column)).getAttribute("aria-sort"));
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Double> columnValues(int col) {
        List<Object> raw = (List<Object>) page.js("var c = arguments[0]; return Array.prototype.map.call("
                + "document.querySelectorAll('#pages tbody tr'), function (r) { return r.cells[c].getAttribute('data-value'); });", col);
        return raw.stream().map(v -> Double.valueOf(v.toString())).toList();
    }

    /** The font Chromium actually drew the element's text with (DevTools protocol), the one with most glyphs. */
    @SuppressWarnings("unchecked")
    private static String usedFont(String selector) {
        driver.executeCdpCommand("DOM.enable", Map.of());
        driver.executeCdpCommand("CSS.enable", Map.of());
        Map<String, Object> doc = driver.executeCdpCommand("DOM.getDocument", Map.of());
        Object rootId = ((Map<String, Object>) doc.get("root")).get("nodeId");
        Object nodeId = driver.executeCdpCommand("DOM.querySelector", Map.of("nodeId", rootId, "selector", selector)).get("nodeId");
        List<Map<String, Object>> fonts = (List<Map<String, Object>>) driver.executeCdpCommand("CSS.getPlatformFontsForNode",
                Map.of("nodeId", nodeId)).get("fonts");
        return fonts.stream().max(java.util.Comparator.comparingInt(f -> ((Number) f.get("glyphCount")).intValue()))
                .map(f -> (String) f.get("familyName")).orElse("none");
    }
}
