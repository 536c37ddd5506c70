package org.broadsheet.export.review;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.broadsheet.export.ArticlesFile;
import org.broadsheet.export.AtomicFiles;
import org.broadsheet.export.review.BatchOnDisk.FileEntry;
import org.broadsheet.model.Article;
import org.broadsheet.model.PageInfo;

/**
 * Static HTML pages for checking a batch by eye: OUTPUT/review/index.html and one page per scan page
 * under OUTPUT/review/pages/. Built only from what the output folder holds (report.json and the
 * articles.json files), so it also works after a resumed batch. Opens from file:// without a server
 * or network.
 */
public final class ReviewWriter {
    /** The {@code --formats} name that asks for the review pages. */
    public static final String FORMAT = "review";
    /** The review folder's name inside the output folder. */
    public static final String DIR = "review";
    public static final String INDEX = "index.html";
    public static final String PAGES = "pages";
    public static final double DEFAULT_THRESHOLD = 0.6;
    private static final List<String> ASSETS = List.of("review.css", "review.js");

    private ReviewWriter() {}

    /**
     * The page images of every file, files decoded side by side on all cores (each thread holds one page
     * at a time): decoding large scans again is most of the review's time.
     */
    private static Map<FileEntry, Map<Integer, PageImages.Shown>> renderAll(PageImages images, List<FileEntry> files)
            throws IOException {
        int threads = Math.max(1, Math.min(files.size(), Runtime.getRuntime().availableProcessors()));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        try {
            Map<FileEntry, java.util.concurrent.Future<Map<Integer, PageImages.Shown>>> futures = new java.util.LinkedHashMap<>();
            for (FileEntry f : files) {
                futures.put(f, pool.submit(() -> images.render(f.source(), f.output(), f.pageNumbers())));
            }
            Map<FileEntry, Map<Integer, PageImages.Shown>> out = new java.util.HashMap<>();
            for (var e : futures.entrySet()) out.put(e.getKey(), e.getValue().get());
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while drawing the review images", e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof IOException io) throw io;
            throw new IOException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * @param outputRoot the batch's output folder (holds report.json)
     * @param scansRoot  the scan folder the batch read, to show the page images; null shows none
     * @param lowConfidenceThreshold pages whose mean word confidence is under it are flagged
     * @return the index page
     */
    public static Path write(Path outputRoot, Path scansRoot, double lowConfidenceThreshold) throws IOException {
        Path root = outputRoot.toAbsolutePath().normalize();
        Path scans = scansRoot == null ? null : scansRoot.toAbsolutePath().normalize();
        BatchOnDisk batch = BatchOnDisk.read(root);
        Path review = root.resolve(DIR);
        for (String asset : ASSETS) copyAsset(asset, review.resolve(asset));
        PageImages images = new PageImages(review, scans);
        int total = batch.totalPages();
        List<FileEntry> shownFiles = batch.files().stream().filter(f -> f.readable() && f.pageCount() > 0).toList();
        // Each file's articles are read where they are used and let go: a batch of any size fits in memory.
        Map<FileEntry, Map<Integer, PageImages.Shown>> shownByFile = renderAll(images, shownFiles);
        List<ReviewPage> pages = new ArrayList<>(total);
        for (FileEntry f : shownFiles) {
            ArticlesFile file = f.load(root);
            Map<Integer, PageImages.Shown> shown = shownByFile.get(f);
            for (PageInfo info : file.pages()) {
                List<Article> articles = file.articles().stream().filter(a -> a.page() == info.number()).toList();
                PageImages.Shown image = shown.get(info.number());
                int shorts = (int) articles.stream().filter(ReviewFlags::isShort).count();
                ReviewPage page = new ReviewPage(pages.size() + 1, f.source(), file.pages().size(), info,
                        articles.size(), shorts, ReviewFlags.of(info, articles, lowConfidenceThreshold, image.ink()));
                AtomicFiles.writeString(review.resolve(PAGES).resolve(page.fileName()),
                        PageHtml.render(page, articles, image, total));
                pages.add(page);
            }
        }
        removeStalePages(review.resolve(PAGES), pages.size());
        Path index = review.resolve(INDEX);
        String title = root.getFileName() == null ? root.toString() : root.getFileName().toString();
        AtomicFiles.writeString(index, IndexHtml.render(title, batch, pages, lowConfidenceThreshold));
        return index;
    }

    private static void copyAsset(String name, Path target) throws IOException {
        try (InputStream in = ReviewWriter.class.getResourceAsStream(name)) {
            if (in == null) throw new IOException("review asset " + name + " is missing from the build");
            AtomicFiles.writeBytes(target, in.readAllBytes());
        }
    }

    /** Page files left from an earlier, larger batch in the same output folder would link to nothing. */
    private static void removeStalePages(Path dir, int count) throws IOException {
        if (!Files.isDirectory(dir)) return;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "[0-9][0-9][0-9][0-9]*.html")) {
            for (Path p : files) {
                String n = p.getFileName().toString();
                String digits = n.substring(0, n.length() - ".html".length());
                if (digits.chars().allMatch(Character::isDigit) && Integer.parseInt(digits) > count) Files.delete(p);
            }
        }
    }
}
