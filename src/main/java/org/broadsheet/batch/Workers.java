package org.broadsheet.batch;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.broadsheet.ocr.OcrEngine;
import org.broadsheet.ocr.OcrException;

/**
 * A fixed pool of OCR worker threads, each with its own engine created on first use and reused for
 * every later page read in the same languages; a worker that moves on to a folder in other languages
 * closes its engine before it makes the next, so it never holds two models at once. A budget of pages
 * and pixels bounds what is in flight, so memory stays flat whatever the batch size and however large
 * its pages.
 */
final class Workers implements AutoCloseable {
    /**
     * Heap bytes per pixel in flight. A page in flight holds its grey image on the heap (a byte a
     * pixel, two while it is straightened, up to five while a colour page is decoded) and, while
     * Tesseract reads it, Tesseract's own copy and working memory outside the heap (several bytes a
     * pixel): a tenth of the heap in pixels keeps the two together near what the heap limit promises.
     */
    private static final long HEAP_BYTES_PER_PIXEL = 10;

    /**
     * Pages at least this large (an A3 page at 300 dpi; a broadsheet scan is 40-110 megapixels) leave
     * tens of megabytes of dead pixel arrays in the old generation, which young collections never
     * free: the serial collector would grow the heap around them instead, and keep it grown for the
     * rest of the batch. A full collection when such a page is done returns that memory at once: it
     * takes some 40 ms beside a page that took seconds, and cut the peak of 60 English pages (eight of
     * 48 megapixels) from 1054-1114 MB to 956 MB, in no more time (241.8 s against 250.7 s).
     */
    static final long LARGE_PAGE_PIXELS = 16_000_000L;

    private final ExecutorService pool;
    private final PageBudget inFlight;
    private final EngineFactory factory;
    private final List<OcrEngine> engines = new CopyOnWriteArrayList<>();
    private final ThreadLocal<Held> engine = new ThreadLocal<>();

    private record Held(String languages, OcrEngine engine) {}

    Workers(int jobs, EngineFactory factory) {
        this(jobs, factory, Runtime.getRuntime().maxMemory() / HEAP_BYTES_PER_PIXEL);
    }

    /** @param maxPixels pixels of the pages read and not yet finished, together */
    Workers(int jobs, EngineFactory factory, long maxPixels) {
        this.pool = Executors.newFixedThreadPool(jobs, r -> {
            Thread t = new Thread(r, "broadsheet-ocr");
            t.setDaemon(true);
            return t;
        });
        // One page more than workers, so the next page is read while the workers are busy.
        this.inFlight = new PageBudget(jobs + 1, maxPixels);
        this.factory = factory;
    }

    /** Blocks while too many pages, or too many pixels, are waiting or being worked on. */
    void acquire(long pixels) throws InterruptedException {
        inFlight.acquire(pixels);
    }

    void release(long pixels) {
        inFlight.release(pixels);
        if (pixels >= LARGE_PAGE_PIXELS) System.gc();
    }

    ExecutorService pool() { return pool; }

    /** The calling worker's engine for these languages, created the first time that worker needs one. */
    OcrEngine engine(String languages) throws OcrException {
        Held held = engine.get();
        if (held != null && held.languages().equals(languages)) return held.engine();
        if (held != null) {
            engine.remove();
            engines.remove(held.engine());
            held.engine().close();
        }
        OcrEngine e = factory.create(languages);
        engine.set(new Held(languages, e));
        engines.add(e);
        return e;
    }

    @Override
    public void close() throws InterruptedException {
        pool.shutdown();
        pool.awaitTermination(365, TimeUnit.DAYS);
        for (OcrEngine e : engines) e.close();
    }
}
