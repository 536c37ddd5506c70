package org.broadsheet.batch;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.broadsheet.ocr.OcrEngine;
import org.broadsheet.ocr.OcrException;

/**
 * A fixed pool of OCR worker threads, each with its own engine created on first use and reused for
 * every later page. A semaphore bounds the pages in flight, so memory stays flat whatever the batch size.
 */
final class Workers implements AutoCloseable {
    private final ExecutorService pool;
    private final Semaphore inFlight;
    private final EngineFactory factory;
    private final List<OcrEngine> engines = new CopyOnWriteArrayList<>();
    private final ThreadLocal<OcrEngine> engine = new ThreadLocal<>();

    Workers(int jobs, EngineFactory factory) {
        this.pool = Executors.newFixedThreadPool(jobs, r -> {
            Thread t = new Thread(r, "broadsheet-ocr");
            t.setDaemon(true);
            return t;
        });
        this.inFlight = new Semaphore(jobs + 1);
        this.factory = factory;
    }

    /** Blocks while too many pages are waiting or being worked on. */
    void acquire() throws InterruptedException {
        inFlight.acquire();
    }

    void release() {
        inFlight.release();
    }

    ExecutorService pool() { return pool; }

    /** The calling worker's engine, created the first time that worker needs one. */
    OcrEngine engine() throws OcrException {
        OcrEngine e = engine.get();
        if (e == null) {
            e = factory.create();
            engine.set(e);
            engines.add(e);
        }
        return e;
    }

    @Override
    public void close() throws InterruptedException {
        pool.shutdown();
        pool.awaitTermination(365, TimeUnit.DAYS);
        for (OcrEngine e : engines) e.close();
    }
}
