package org.broadsheet.source;

/**
 * Refuses images that claim sizes no newspaper scan has, before any pixel memory is allocated
 * (decompression bombs, corrupt headers). A 600 dpi A1 broadsheet is about 200 megapixels.
 */
public final class ImageLimits {
    public static final long DEFAULT_MAX_PIXELS = 250_000_000L;
    private static volatile long maxPixels = DEFAULT_MAX_PIXELS;

    private ImageLimits() {}

    public static void setMaxPixels(long max) { maxPixels = max; }

    public static void check(long width, long height, String what) throws SourceException {
        if (width <= 0 || height <= 0) {
            throw new SourceException(what + " has no pixels (" + width + "x" + height + ")");
        }
        if (width * height > maxPixels) {
            throw new SourceException(what + " claims " + width + "x" + height + " pixels ("
                    + (width * height / 1_000_000) + " megapixels), over the limit of " + (maxPixels / 1_000_000)
                    + "; refused as a possible decompression bomb (raise --max-megapixels if the scan is real)");
        }
    }
}
