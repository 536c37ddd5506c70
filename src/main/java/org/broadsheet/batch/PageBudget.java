package org.broadsheet.batch;

/**
 * How many pages, and how many pixels, may be read and not yet finished at once. Memory follows
 * pixels, not pages: a 69-megapixel broadsheet scan costs as much as eight rendered A4 pages, so a
 * count of pages alone lets three huge pages in at once, or holds small ones back for nothing. A page
 * larger than the whole budget still goes through, alone, so that no page waits for ever.
 */
final class PageBudget {
    private final int maxPages;
    private final long maxPixels;
    private int pages;
    private long pixels;

    PageBudget(int maxPages, long maxPixels) {
        if (maxPages < 1 || maxPixels < 1) throw new IllegalArgumentException("budget must allow a page");
        this.maxPages = maxPages;
        this.maxPixels = maxPixels;
    }

    /** Blocks until the page fits beside the pages already in flight (or nothing else is in flight). */
    synchronized void acquire(long pagePixels) throws InterruptedException {
        while (!fits(pagePixels)) wait();
        pages++;
        pixels += pagePixels;
    }

    synchronized void release(long pagePixels) {
        pages--;
        pixels -= pagePixels;
        notifyAll();
    }

    synchronized boolean fits(long pagePixels) {
        return pages == 0 || pages < maxPages && pixels + pagePixels <= maxPixels;
    }

    synchronized int pagesInFlight() { return pages; }
}
