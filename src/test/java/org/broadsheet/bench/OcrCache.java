package org.broadsheet.bench;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Map;
import java.util.WeakHashMap;
import org.broadsheet.export.AtomicFiles;

/**
 * OCR results of the quality benchmark kept on disk, so that a run after a layout or article change
 * re-runs only those stages. Keyed by the page's pixels, its language, the engine and {@link #VERSION};
 * bump the version when the OCR route itself changes (engine settings, how pixels reach Tesseract);
 * a change to deskewing needs none, since the key is the straightened page the engine reads.
 */
final class OcrCache {
    /** 2: bilevel pages go to Tesseract in 1 bit per pixel. */
    static final String VERSION = "2";
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private final Path dir;

    OcrCache(Path dir) {
        this.dir = dir;
    }

    interface Compute<T> { T get() throws Exception; }

    /** The cached value for this page, language and engine, or {@code compute}'s result, stored for next time. */
    <T> T get(BufferedImage image, int dpi, String lang, String engine, Class<T> type, Compute<T> compute) throws Exception {
        Path file = dir.resolve(key(image, dpi, lang, engine) + ".json");
        if (Files.isRegularFile(file)) {
            try {
                return JSON.readValue(file.toFile(), type);
            } catch (IOException unreadable) {
                // A file from an older format or a torn write: recompute it.
            }
        }
        T value = compute.get();
        Files.createDirectories(dir);
        byte[] json = JSON.writeValueAsBytes(value);
        AtomicFiles.writeBytes(file, json);
        return value;
    }

    /** Digests of pages' pixels, kept per image so a page with many cached areas is hashed once. */
    private static final Map<BufferedImage, MessageDigest> PIXELS = Collections.synchronizedMap(new WeakHashMap<>());

    static String key(BufferedImage image, int dpi, String lang, String engine) {
        try {
            MessageDigest sha = (MessageDigest) pixelDigest(image, dpi).clone();
            sha.update(("|" + lang + "|" + engine + "|" + VERSION).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static MessageDigest pixelDigest(BufferedImage image, int dpi) {
        return PIXELS.computeIfAbsent(image, im -> digestPixels(im, dpi));
    }

    private static MessageDigest digestPixels(BufferedImage image, int dpi) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(ByteBuffer.allocate(12).putInt(image.getWidth()).putInt(image.getHeight()).putInt(dpi).array());
            if (image.getRaster().getDataBuffer() instanceof DataBufferByte bytes) {
                sha.update(bytes.getData());
            } else {
                int[] row = new int[image.getWidth()];
                ByteBuffer buf = ByteBuffer.allocate(4 * row.length);
                for (int y = 0; y < image.getHeight(); y++) {
                    image.getRGB(0, y, row.length, 1, row, 0, row.length);
                    buf.clear();
                    buf.asIntBuffer().put(row);
                    sha.update(buf.array());
                }
            }
            return sha;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
