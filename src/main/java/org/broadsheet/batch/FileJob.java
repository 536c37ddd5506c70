package org.broadsheet.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import org.broadsheet.Pipeline;
import org.broadsheet.model.PageResult;
import org.broadsheet.model.PageImage;
import org.broadsheet.ocr.OcrException;
import org.broadsheet.source.PageReader;
import org.broadsheet.source.SourceException;
import org.broadsheet.source.SourcePage;

/**
 * Reads one file's pages in order on the calling thread and hands each to the workers for OCR and
 * the page pipeline. The returned future completes with the pages in order, or fails with the first
 * page's error.
 */
final class FileJob {
    private FileJob() {}

    /** What else is done with a page beside the pipeline: the review's page images, the layout overlay. */
    interface PageHook {
        /** The page as read, before it is straightened. */
        default void read(PageImage source) throws java.io.IOException {}

        /** A finished page and the image its boxes refer to. */
        default void done(PageImage image, PageResult result) throws java.io.IOException {}
    }

    /** @param languages the languages Tesseract reads this file's pages with */
    static CompletableFuture<List<PageResult>> submit(PageReader reader, String languages, Workers workers,
                                                      Pipeline pipeline, Runnable pageDone, PageHook hook) {
        List<CompletableFuture<PageResult>> pages = new ArrayList<>();
        try {
            for (int i = 0; i < reader.pageCount(); i++) {
                long pixels = reader.pixels(i);
                workers.acquire(pixels);
                SourcePage page;
                try {
                    page = reader.page(i);
                } catch (SourceException | RuntimeException e) {
                    workers.release(pixels);
                    pages.add(CompletableFuture.failedFuture(e));
                    break;
                }
                // The task takes the page out of the slot, so that nothing else holds the page as read.
                AtomicReference<SourcePage> slot = new AtomicReference<>(page);
                pages.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        return processPage(slot.getAndSet(null), languages, workers, pipeline, hook);
                    } finally {
                        workers.release(pixels);
                        pageDone.run();
                    }
                }, workers.pool()));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            pages.add(CompletableFuture.failedFuture(e));
        }
        return CompletableFuture.allOf(pages.toArray(CompletableFuture[]::new))
                .thenApply(v -> pages.stream().map(CompletableFuture::join).toList());
    }

    private static PageResult processPage(SourcePage page, String languages, Workers workers, Pipeline pipeline,
                                          PageHook hook) {
        try {
            if (page.image() != null) hook.read(page.image());
            // Reassigned, not copied: the tilted pixels are garbage while the straightened page is read.
            if (page.needsOcr()) page = Pipeline.straighten(page);
            PageImage[] image = {page.image()};
            PageResult result = pipeline.process(page, page.needsOcr() ? workers.engine(languages) : null, i -> image[0] = i);
            if (image[0] != null) hook.done(image[0], result);
            return result;
        } catch (OcrException | java.io.IOException e) {
            throw new CompletionException(e);
        }
    }

    /** The one-line reason for a failed future, without Java's wrapper exceptions. */
    static String reason(Throwable t) {
        while ((t instanceof CompletionException || t instanceof java.util.concurrent.ExecutionException)
                && t.getCause() != null) {
            t = t.getCause();
        }
        String m = t.getMessage();
        if (t instanceof SourceException || t instanceof OcrException) return m;
        return t.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    }
}
