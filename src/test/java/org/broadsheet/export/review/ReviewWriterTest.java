package org.broadsheet.export.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewWriterTest {
    @TempDir
    Path dir;
    Path scans;
    Path out;

    @BeforeEach
    void batch() throws IOException {
        scans = dir.resolve("scans");
        out = dir.resolve("out");
        SyntheticBatch.write(scans, out);
    }

    private String read(String relative) throws IOException {
        return Files.readString(out.resolve("review").resolve(relative));
    }

    @Test
    void indexSummarisesTheBatchAndQueuesWhatNeedsALook() throws IOException {
        Path index = ReviewWriter.write(out, scans, 0.6);
        assertEquals(out.resolve("review/index.html").toAbsolutePath(), index);
        String html = read("index.html");
        assertTrue(html.contains("<meta charset=\"utf-8\">"));
        assertTrue(html.contains("id=\"total-pages\">3<"), "three pages in the batch");
        assertTrue(html.contains("id=\"total-articles\">10<"), "4 + 6 articles");
        assertTrue(html.contains("id=\"total-failures\">1<"));
        // Mean over the three OCR pages: (0.42 + 0.8 + 0.91) / 3.
        assertTrue(html.contains("id=\"total-confidence\">0.710<"), html);
        String queue = html.substring(html.indexOf("id=\"queue\""), html.indexOf("id=\"pages\""));
        assertTrue(queue.contains("bad.pdf") && queue.contains("failed: bad.pdf: damaged PDF, cannot open: &lt;trailer&gt; missing"));
        assertFalse(queue.contains("notes.txt"), "skipped files are not review work");
        assertTrue(queue.contains("href=\"pages/0001.html\">b.tif p. 1</a>"));
        assertTrue(queue.contains("low OCR confidence: mean word confidence 0.42 is under 0.60"));
        assertTrue(queue.contains("many very short articles: 6 of 6"));
        assertTrue(queue.contains("href=\"pages/0002.html\">b.tif p. 2</a> <span class=\"why\">no article found"));
        assertFalse(queue.contains("pages/0003.html"), "the clean page is not queued");
    }

    @Test
    void thresholdDecidesWhichPagesAreLowConfidence() throws IOException {
        ReviewWriter.write(out, scans, 0.95);
        String queue = read("index.html");
        assertTrue(queue.contains("mean word confidence 0.91 is under 0.95"));
        ReviewWriter.write(out, scans, 0.3);
        assertFalse(read("index.html").contains("low OCR confidence"));
    }

    @Test
    void pageTextIsEscapedAndBoxesArePlacedInPercent() throws IOException {
        ReviewWriter.write(out, scans, 0.6);
        String page = read("pages/0003.html");
        assertFalse(page.contains("<script>window"), "OCR text must never become markup");
        assertTrue(page.contains("Alpha &amp; beta &lt;script&gt;window.__pwned = 1&lt;/script&gt; gamma"));
        assertTrue(page.contains("Council &lt;b&gt;&quot;votes&quot;&lt;/b&gt; &amp; &#39;agrees&#39;"));
        assertTrue(page.contains("lang=\"zh\""), "Chinese articles are marked so the browser picks a CJK font");
        assertTrue(page.contains(SyntheticBatch.CHINESE_PARAGRAPH));
        // Box 2 is [100, 260, 380, 900] on a 1000 x 1500 page.
        assertTrue(page.contains("left: 10.0000%; top: 17.3333%; width: 38.0000%; height: 60.0000%"), page);
        assertEquals(3, count(page, "class=\"box\""), "the article without a position gets no box");
        assertTrue(page.contains("data-prev=\"0002.html\""));
        assertFalse(page.contains("data-next="), "the last page has no next page");
        assertTrue(read("pages/0001.html").contains("data-next=\"0002.html\""));
        assertTrue(page.contains("src=\"../images/herald%20%E6%8A%A5%20%231/a/0001.jpg\""), page);
    }

    @Test
    void pageImagesAreSmallJpegsOfTheSourcePages() throws IOException {
        ReviewWriter.write(out, scans, 0.6);
        Path review = out.resolve("review");
        BufferedImage a = ImageIO.read(review.resolve("images/" + SyntheticBatch.FOLDER + "/a/0001.jpg").toFile());
        assertEquals(PageImages.MAX_HEIGHT, a.getHeight());
        assertEquals(933, a.getWidth(), "aspect ratio kept: 1000 x 1500 -> 933 x 1400");
        for (int p = 1; p <= 2; p++) {
            BufferedImage b = ImageIO.read(review.resolve("images/b/000" + p + ".jpg").toFile());
            assertEquals(PageImages.MAX_HEIGHT, b.getHeight());
            assertEquals(1050, b.getWidth(), "aspect ratio kept: 1200 x 1600 -> 1050 x 1400");
        }
        // The frame drawn at x = 100 on page a stays dark in the JPEG (at 100 * 1400 / 1500 = 93); the margin stays white.
        int darkest = 255;
        for (int x = 90; x <= 96; x++) darkest = Math.min(darkest, a.getRaster().getSample(x, 467, 0));
        assertTrue(darkest < 160, "frame line lost: " + darkest);
        assertTrue(a.getRaster().getSample(900, 1350, 0) > 230);
        try (Stream<Path> files = Files.walk(review)) {
            assertTrue(files.noneMatch(f -> f.toString().endsWith(".part")), "no temporary files left");
        }
        assertTrue(Files.exists(review.resolve("review.css")) && Files.exists(review.resolve("review.js")));
    }

    @Test
    void rebuildingReusesImagesUntilTheSourceChanges() throws IOException {
        ReviewWriter.write(out, scans, 0.6);
        Path jpeg = out.resolve("review/images/b/0001.jpg");
        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(jpeg, old);
        ReviewWriter.write(out, scans, 0.6);
        assertEquals(old, Files.getLastModifiedTime(jpeg), "unchanged source: image kept");
        Files.setLastModifiedTime(scans.resolve("b.tif"), FileTime.fromMillis(System.currentTimeMillis() + 5000));
        ReviewWriter.write(out, scans, 0.6);
        assertNotEquals(old, Files.getLastModifiedTime(jpeg), "changed source: image redrawn");
    }

    @Test
    void stalePagesOfAnEarlierLargerBatchAreRemoved() throws IOException {
        Files.createDirectories(out.resolve("review/pages"));
        Files.writeString(out.resolve("review/pages/0009.html"), "old");
        Files.writeString(out.resolve("review/pages/notes.html"), "kept");
        ReviewWriter.write(out, scans, 0.6);
        assertFalse(Files.exists(out.resolve("review/pages/0009.html")));
        assertTrue(Files.exists(out.resolve("review/pages/0003.html")));
        assertTrue(Files.exists(out.resolve("review/pages/notes.html")));
    }

    @Test
    void withoutTheScansThePagesSayWhyThereIsNoImage() throws IOException {
        ReviewWriter.write(out, null, 0.6);
        assertTrue(read("pages/0001.html").contains("No page image: scan folder not given"));
        Files.delete(scans.resolve("b.tif"));
        ReviewWriter.write(out, scans, 0.6);
        assertTrue(read("pages/0001.html").contains("No page image: source file b.tif is no longer in the scan folder"));
        assertTrue(read("pages/0003.html").contains("<img id=\"page-image\""));
    }

    @Test
    void aMissingArticlesFileIsReportedNotFatal() throws IOException {
        Files.delete(out.resolve("b/articles.json"));
        ReviewWriter.write(out, scans, 0.6);
        String html = read("index.html");
        assertTrue(html.contains("b/articles.json is missing"));
        assertTrue(html.contains("id=\"total-pages\">1<"));
    }

    private static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) n++;
        return n;
    }
}
