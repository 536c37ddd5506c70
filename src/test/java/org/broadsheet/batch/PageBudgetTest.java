package org.broadsheet.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.broadsheet.Pipeline;
import org.broadsheet.model.Line;
import org.broadsheet.model.PageImage;
import org.broadsheet.model.PageResult;
import org.broadsheet.model.PageText;
import org.broadsheet.ocr.OcrEngine;
import org.broadsheet.source.PageReader;
import org.broadsheet.source.SourcePage;
import org.broadsheet.support.FakeOcrEngine;
import org.broadsheet.support.TestFiles;
import org.junit.jupiter.api.Test;

/** Pages in flight are bounded in count and in pixels; a page too large for the budget still goes, alone. */
class PageBudgetTest {

    @Test
    void pagesAndPixelsAreBothBounded() throws InterruptedException {
        PageBudget b = new PageBudget(3, 1000);
        b.acquire(600);
        assertTrue(b.fits(400));
        assertFalse(b.fits(401), "over the pixels");
        b.acquire(100);
        b.acquire(100);
        assertFalse(b.fits(1), "over the pages");
        b.release(600);
        assertTrue(b.fits(800));
    }

    @Test
    void aPageLargerThanTheWholeBudgetGoesAloneAndNothingJoinsIt() throws InterruptedException {
        PageBudget b = new PageBudget(3, 1000);
        assertTrue(b.fits(5000), "nothing in flight: it goes");
        b.acquire(5000);
        assertFalse(b.fits(1));
        b.release(5000);
        assertEquals(0, b.pagesInFlight());
    }

    @Test
    void aWaitingPageGoesOnceRoomIsMade() throws Exception {
        PageBudget b = new PageBudget(2, 1000);
        b.acquire(900);
        Thread waiter = new Thread(() -> {
            try {
                b.acquire(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        waiter.start();
        waiter.join(100);
        assertTrue(waiter.isAlive(), "no room beside the first page");
        b.release(900);
        waiter.join(TimeUnit.SECONDS.toMillis(10));
        assertFalse(waiter.isAlive());
        assertEquals(1, b.pagesInFlight());
    }

    /**
     * Two workers, pages of 600 and 100 (nominal) pixels in turn, a budget of 1000: two large pages
     * are never read at once, and small pages are read beside a large one, so both workers stay busy.
     */
    @Test
    void largePagesTakeTurnsWhileSmallOnesRunBeside() throws Exception {
        long[] sizes = {600, 100, 600, 100, 600, 100, 600, 100};
        Tracking.reset();
        Pipeline pipeline = Pipeline.standard();
        List<PageResult> pages;
        try (Workers workers = new Workers(2, langs -> new Tracking(), 1000)) {
            pages = FileJob.submit(new SizedPages(sizes), "eng", workers, pipeline, () -> { }, new FileJob.PageHook() { }).join();
        }
        assertEquals(sizes.length, pages.size());
        assertEquals(1, Tracking.maxLargeAtOnce.get(), "two large pages were OCRed at once");
        assertTrue(Tracking.smallBesideLarge.get() > 0, "no small page ran beside a large one");
    }

    /** Pages that state a nominal size in pixels (a small image is drawn for each, the size decides the budget). */
    private record SizedPages(long[] sizes) implements PageReader {
        @Override public int pageCount() { return sizes.length; }
        @Override public long pixels(int index) { return sizes[index]; }

        @Override
        public SourcePage page(int index) {
            int w = sizes[index] >= 600 ? 601 : 101;
            return new SourcePage(index + 1, new PageImage(index + 1, TestFiles.textPage(w, 60, "x"), 300), null);
        }

        @Override public void close() { }
    }

    /** Tells large pages (601 wide) from small ones while they are read, and records how they overlapped. */
    private static final class Tracking implements OcrEngine {
        static final AtomicInteger large = new AtomicInteger(), small = new AtomicInteger();
        static final AtomicInteger maxLargeAtOnce = new AtomicInteger();
        static final AtomicLong smallBesideLarge = new AtomicLong();
        private final FakeOcrEngine fake = new FakeOcrEngine();

        static void reset() {
            large.set(0);
            small.set(0);
            maxLargeAtOnce.set(0);
            smallBesideLarge.set(0);
        }

        @Override
        public PageText recognize(PageImage page) {
            boolean isLarge = page.width() > 600;
            AtomicInteger mine = isLarge ? large : small;
            int now = mine.incrementAndGet();
            if (isLarge) maxLargeAtOnce.accumulateAndGet(now, Math::max);
            try {
                Thread.sleep(isLarge ? 300 : 30); // a large page outlasts any scheduling delay of the small one beside it
                if (!isLarge && large.get() > 0) smallBesideLarge.incrementAndGet();
                return fake.recognize(page);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } finally {
                mine.decrementAndGet();
            }
        }

        @Override public Line readLine(PageImage line, String id, boolean han) { return null; }
        @Override public void close() { fake.close(); }
    }
}
