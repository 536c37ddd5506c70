package org.broadsheet.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.tika.Tika;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;

/** Tells what a file is from its content (magic bytes), never from its name. */
public final class Detector {

    /** @param claimed what the file name's extension suggests (may be UNSUPPORTED) */
    public record Detected(String mediaType, InputKind kind, InputKind claimed) {
        /** True when the name says page image or PDF but the content is something else. */
        public boolean mismatch() { return kind == InputKind.UNSUPPORTED && claimed != InputKind.UNSUPPORTED; }
    }

    private static final Tika TIKA = new Tika();

    private Detector() {}

    public static Detected detect(Path file) throws IOException {
        String type;
        // No resource name in the metadata: Tika then judges by the bytes alone.
        try (InputStream in = TikaInputStream.get(file)) {
            type = TIKA.getDetector().detect(in, new Metadata()).getBaseType().toString();
        }
        return new Detected(type, InputKind.of(type), claimedByName(file));
    }

    public static InputKind claimedByName(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = n.lastIndexOf('.');
        String ext = dot < 0 ? "" : n.substring(dot + 1);
        return switch (ext) {
            case "tif", "tiff", "png", "jpg", "jpeg", "bmp", "gif" -> InputKind.RASTER;
            case "jp2", "j2k", "jpx", "jpf" -> InputKind.JPEG2000;
            case "pdf" -> InputKind.PDF;
            default -> InputKind.UNSUPPORTED;
        };
    }
}
