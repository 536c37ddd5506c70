package org.broadsheet.source;

/** How broadsheet reads a file, decided from its detected media type. */
public enum InputKind {
    /** TIFF (multi-page, G4 included), PNG, JPEG, BMP, GIF: read with Java's image readers. */
    RASTER,
    /** JPEG 2000, which Java cannot decode: read with Leptonica. */
    JPEG2000,
    PDF,
    /** Anything else: skipped. */
    UNSUPPORTED;

    public static InputKind of(String mediaType) {
        return switch (mediaType) {
            case "image/tiff", "image/png", "image/jpeg", "image/bmp", "image/x-ms-bmp", "image/gif" -> RASTER;
            case "image/jp2", "image/jpx", "image/x-jp2-codestream", "image/jpm" -> JPEG2000;
            case "application/pdf" -> PDF;
            default -> UNSUPPORTED;
        };
    }
}
