package org.broadsheet.source;

import java.nio.file.Files;
import java.nio.file.Path;
import org.broadsheet.source.pdf.PdfPageRouter;

/** Opens the right page reader for a detected input. */
public final class Sources {
    private Sources() {}

    /**
     * @param name how to name the file in messages (its path relative to the scan folder)
     */
    public static PageReader open(Path file, String name, Detector.Detected detected) throws SourceException {
        return open(file, name, detected, false);
    }

    /**
     * @param trustHiddenText use a PDF's invisible text layer (an earlier OCR) instead of OCRing the page again
     */
    public static PageReader open(Path file, String name, Detector.Detected detected, boolean trustHiddenText)
            throws SourceException {
        if (!Files.isReadable(file)) throw new SourceException(name + ": permission denied, cannot read the file");
        return switch (detected.kind()) {
            case RASTER -> new RasterPageReader(file, name);
            case JPEG2000 -> new Jpeg2000PageReader(file, name);
            case PDF -> new PdfPageReader(file, name, PdfPageRouter.Options.defaults().withTrustHiddenText(trustHiddenText));
            case UNSUPPORTED -> throw new SourceException(name + ": not a page image or PDF (" + detected.mediaType() + ")");
        };
    }
}
