package org.broadsheet.export.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.broadsheet.model.Article;
import org.broadsheet.model.Box;
import org.broadsheet.model.PageInfo;
import org.broadsheet.model.TextParagraph;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What a reviewer does on a page view, with the checks that it behaves, read from the live browser. */
final class ReviewPageDriver {
    /** CSS pixels a drawn box may be off its articles.json position (rounding of percentages and layout). */
    static final double TOLERANCE = 1.5;

    private final WebDriver driver;

    ReviewPageDriver(WebDriver driver) {
        this.driver = driver;
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Number> rect(String id) {
        return (Map<String, Number>) js("var r = document.getElementById(arguments[0]).getBoundingClientRect();"
                + "return {x: r.left + window.scrollX, y: r.top + window.scrollY, w: r.width, h: r.height};", id);
    }

    /** Every article with a position has a box exactly over its bbox, scaled to the displayed page. */
    void assertBoxesWhereArticlesSay(PageInfo info, List<Article> articles) {
        Map<String, Number> scan = rect("scan");
        double scale = scan.get("w").doubleValue() / info.width();
        assertEquals(info.height() * scale, scan.get("h").doubleValue(), TOLERANCE, "page keeps its aspect ratio");
        Map<String, Number> img = rect("page-image");
        assertEquals(scan, img, "the image fills the page area");
        assertTrue(((Number) js("var i = document.getElementById('page-image'); return i.complete ? i.naturalWidth : 0;"))
                .intValue() > 0, "page image loaded from file://");
        int boxes = 0;
        for (int i = 0; i < articles.size(); i++) {
            Box b = articles.get(i).bbox();
            List<WebElement> found = driver.findElements(By.id("box-" + (i + 1)));
            if (b == null) {
                assertTrue(found.isEmpty(), "no box for an article without a position");
                continue;
            }
            boxes++;
            Map<String, Number> r = rect("box-" + (i + 1));
            String what = "box " + (i + 1) + " " + articles.get(i).id();
            assertEquals(scan.get("x").doubleValue() + b.x() * scale, r.get("x").doubleValue(), TOLERANCE, what + " left");
            assertEquals(scan.get("y").doubleValue() + b.y() * scale, r.get("y").doubleValue(), TOLERANCE, what + " top");
            assertEquals(b.w() * scale, r.get("w").doubleValue(), TOLERANCE, what + " width");
            assertEquals(b.h() * scale, r.get("h").doubleValue(), TOLERANCE, what + " height");
            assertEquals(String.valueOf(i + 1), found.get(0).getText(), what + " shows its reading-order number");
        }
        assertEquals(boxes, driver.findElements(By.cssSelector(".box")).size());
    }

    /**
     * Clicks the box of the longest article that is not hidden under another box and returns its
     * 1-based number; checks the side panel then shows that article's text and no other.
     */
    int clickLongestArticle(List<Article> articles) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) if (articles.get(i).bbox() != null) order.add(i);
        order.sort(Comparator.comparingInt((Integer i) -> -ReviewFlags.letters(articles.get(i))));
        for (int i : order) {
            String id = "box-" + (i + 1);
            boolean onTop = (Boolean) js("var b = document.getElementById(arguments[0]); b.scrollIntoView({block: 'center'});"
                    + "var r = b.getBoundingClientRect(); var e = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);"
                    + "return e === b || b.contains(e);", id);
            if (!onTop) continue;
            driver.findElement(By.id(id)).click();
            assertPanelShows(articles, i + 1);
            assertTrue(driver.getCurrentUrl().endsWith("#article-" + (i + 1)));
            assertTrue(driver.findElement(By.id(id)).getAttribute("class").contains("selected"));
            return i + 1;
        }
        throw new AssertionError("every box is covered by another one");
    }

    void assertPanelShows(List<Article> articles, int n) {
        WebElement shown = driver.findElement(By.id("article-" + n));
        assertTrue(shown.isDisplayed(), "article " + n + " shown in the side panel");
        Article a = articles.get(n - 1);
        String text = squash(shown.getText());
        if (a.title() != null) assertEquals(squash(a.title()), squash(shown.findElement(By.cssSelector(".title")).getText()));
        if (a.byline() != null) assertEquals(squash(a.byline()), squash(shown.findElement(By.cssSelector(".byline")).getText()));
        List<WebElement> paras = shown.findElements(By.cssSelector(".body p"));
        assertEquals(a.paragraphs().size(), paras.size());
        for (int i = 0; i < paras.size(); i++) {
            TextParagraph p = a.paragraphs().get(i);
            assertEquals(squash(p.text()), squash(paras.get(i).getText()), "paragraph " + i + " of article " + n);
            assertTrue(text.contains(squash(p.text())));
        }
        for (WebElement other : driver.findElements(By.cssSelector(".article"))) {
            if (!other.equals(shown)) assertFalse(other.isDisplayed(), "only one article in the panel");
        }
        // The panel sits beside the page, not under it.
        Map<String, Number> scan = rect("scan");
        Map<String, Number> panel = rect("panel");
        assertTrue(panel.get("x").doubleValue() >= scan.get("x").doubleValue() + scan.get("w").doubleValue());
    }

    /** Presses an arrow key and waits for the page named {@code expected} (or checks that nothing happens). */
    void press(Keys key, String expected) {
        String before = driver.getCurrentUrl();
        new Actions(driver).sendKeys(key).perform();
        if (expected == null) {
            try {
                Thread.sleep(500); // a navigation would have started by now
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            assertEquals(before, driver.getCurrentUrl(), "no page beyond the last");
            return;
        }
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("/pages/" + expected));
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> "complete".equals(js("return document.readyState;")));
    }

    /** Every stylesheet, script and image the page refers to is a local file, and the stylesheet took effect. */
    void assertOnlyLocalResources() {
        @SuppressWarnings("unchecked")
        List<String> urls = (List<String>) js("return Array.prototype.map.call("
                + "document.querySelectorAll('link[href], script[src], img[src], iframe, object, embed, source'),"
                + " function (e) { return e.href || e.src || e.data || ''; });");
        assertTrue(urls.size() >= 2, "review.css and review.js: " + urls);
        for (String u : urls) assertTrue(u.startsWith("file:///"), "non-local resource " + u);
        assertEquals("rgb(244, 243, 239)", js("return getComputedStyle(document.body).backgroundColor;"), "review.css applied");
    }

    static String squash(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s+", " ");
    }
}
