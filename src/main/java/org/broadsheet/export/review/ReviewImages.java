package org.broadsheet.export.review;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.broadsheet.model.PageImage;

/**
 * The review's page images of one source file, written while the batch runs from the page it has
 * just read: decoding every scan a second time at the end of the batch cost as much as reading it
 * the first time. {@link #finish} records the pages in the images manifest, so the review built at
 * the end of the batch finds them there and decodes nothing. Pages of one file may come from
 * several workers at once.
 */
public final class ReviewImages {
    private final Path dir;
    private final Map<Integer, Double> ink = new HashMap<>();

    private ReviewImages(Path dir) {
        this.dir = dir;
    }

    /**
     * @param outputRoot the batch's output folder
     * @param outDir     the file's output folder, relative to the output root
     * @return null when the folder name would leave the review folder (the review then says why)
     */
    public static ReviewImages forFile(Path outputRoot, String outDir) {
        Path dir = PageImages.folder(outputRoot.toAbsolutePath().normalize().resolve(ReviewWriter.DIR), outDir);
        return dir == null ? null : new ReviewImages(dir);
    }

    /** The page as read from the source, before it is straightened: what a rebuilt review would decode. */
    public void page(PageImage source) throws IOException {
        Map<Integer, Double> one = new HashMap<>();
        PageImages.write(dir, source.number(), source.image(), one);
        synchronized (ink) {
            ink.putAll(one);
        }
    }

    /** Once every page is written: the manifest that lets the review reuse them while the source is unchanged. */
    public void finish(long sourceSize, long sourceModified) throws IOException {
        synchronized (ink) {
            PageImages.writeManifest(dir, sourceSize, sourceModified, ink);
        }
    }
}
