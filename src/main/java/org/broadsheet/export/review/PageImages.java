package org.broadsheet.export.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.broadsheet.export.AtomicFiles;
import org.broadsheet.model.PageImage;
import org.broadsheet.ocr.InkMeter;
import org.broadsheet.source.Detector;
import org.broadsheet.source.PageReader;
import org.broadsheet.source.SourceException;
import org.broadsheet.source.SourcePage;
import org.broadsheet.source.Sources;

/**
 * Small JPEG copies of the scanned pages. The batch writes them while it runs, from the page it has in
 * memory ({@link ReviewImages}); pages it did not write (a file done by an earlier run without the
 * review, images deleted since) are re-read here from the scan folder one page at a time. Each
 * file's images sit in review/images/OUTPUT-FOLDER/ with a manifest (source size, time, ink per page)
 * so a rebuilt review skips pages whose source has not changed: decoding a large JPEG 2000 page
 * costs seconds.
 */
final class PageImages {
    static final int MAX_HEIGHT = 1400;
    static final int MAX_WIDTH = 2400;
    static final String DIR = "images";
    private static final String MANIFEST = "images.json";
    private static final float QUALITY = 0.82f;
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * @param path     the JPEG relative to the review folder ('/'-separated), or null when there is none
     * @param ink      share of dark pixels on the full-size page, or null when unknown
     * @param problem  why there is no image, or null
     */
    record Shown(String path, Double ink, String problem) {
        static Shown missing(String problem) { return new Shown(null, null, problem); }
    }

    private final Path reviewDir;
    private final Path scansRoot;

    PageImages(Path reviewDir, Path scansRoot) {
        this.reviewDir = reviewDir;
        this.scansRoot = scansRoot;
    }

    /** The images of the given pages of one source file, keyed by page number. Never throws for a bad source. */
    Map<Integer, Shown> render(String source, String output, List<Integer> pages) throws IOException {
        Map<Integer, Shown> out = new HashMap<>();
        Path file = scansRoot == null ? null : scansRoot.resolve(source).normalize();
        String problem = file == null ? "scan folder not given"
                : !file.startsWith(scansRoot.normalize()) ? "source path leaves the scan folder"
                : !Files.isRegularFile(file) ? "source file " + source + " is no longer in the scan folder" : null;
        if (problem != null) {
            pages.forEach(p -> out.put(p, Shown.missing(problem)));
            return out;
        }
        String folder = DIR + "/" + output;
        Path dir = folder(reviewDir, output);
        if (dir == null) {
            pages.forEach(p -> out.put(p, Shown.missing("output folder name leaves the review folder")));
            return out;
        }
        long size = Files.size(file);
        long modified = Files.getLastModifiedTime(file).toMillis();
        Map<Integer, Double> ink = cachedInk(dir, size, modified);
        List<Integer> todo = pages.stream().filter(p -> !ink.containsKey(p) || !Files.isRegularFile(dir.resolve(jpeg(p)))).toList();
        if (!todo.isEmpty()) {
            ink.keySet().removeAll(todo);
            Map<Integer, String> failed = decode(file, source, dir, todo, ink);
            failed.forEach((p, why) -> out.put(p, Shown.missing(why)));
            writeManifest(dir, size, modified, ink);
        }
        for (int p : pages) {
            if (!out.containsKey(p)) out.put(p, new Shown(folder + "/" + jpeg(p), ink.get(p), null));
        }
        return out;
    }

    static String jpeg(int page) {
        return String.format("%04d.jpg", page);
    }

    /** Decodes the pages in order, one in memory at a time; returns the pages that failed and why. */
    private static Map<Integer, String> decode(Path file, String source, Path dir, List<Integer> pages,
                                               Map<Integer, Double> ink) throws IOException {
        Map<Integer, String> failed = new HashMap<>();
        PageReader reader;
        try {
            reader = Sources.open(file, source, Detector.detect(file));
        } catch (SourceException | IOException e) {
            pages.forEach(p -> failed.put(p, "cannot reopen the source: " + e.getMessage()));
            return failed;
        }
        try (reader) {
            for (int p : pages) {
                if (p < 1 || p > reader.pageCount()) {
                    failed.put(p, "the source has no page " + p + " any more");
                    continue;
                }
                PageImage image;
                try {
                    SourcePage page = reader.page(p - 1);
                    image = page.image();
                } catch (SourceException e) {
                    failed.put(p, e.getMessage());
                    continue;
                }
                if (image == null) {
                    failed.put(p, "the source gives no image for this page");
                    continue;
                }
                write(dir, p, image.image(), ink);
            }
        }
        return failed;
    }

    /** Writes one page's JPEG into {@code dir} and puts its ink share into {@code ink}. */
    static void write(Path dir, int page, BufferedImage grey, Map<Integer, Double> ink) throws IOException {
        ink.put(page, grey.getType() == BufferedImage.TYPE_BYTE_GRAY ? InkMeter.darkShare(grey) : null);
        BufferedImage small = downscale(grey);
        byte[] bytes = encode(small);
        small.flush();
        AtomicFiles.writeBytes(dir.resolve(jpeg(page)), bytes);
    }

    /** Where one output folder's images go, or null when its name would leave the review folder. */
    static Path folder(Path reviewDir, String output) {
        Path dir = reviewDir.resolve(DIR + "/" + output).normalize();
        return dir.startsWith(reviewDir.resolve(DIR)) ? dir : null;
    }

    /** Halves the image until it is near the target size, then scales once more: sharp text without aliasing. */
    static BufferedImage downscale(BufferedImage src) {
        double scale = Math.min(1.0, Math.min((double) MAX_HEIGHT / src.getHeight(), (double) MAX_WIDTH / src.getWidth()));
        int tw = Math.max(1, (int) Math.round(src.getWidth() * scale));
        int th = Math.max(1, (int) Math.round(src.getHeight() * scale));
        BufferedImage cur = src;
        while (cur.getWidth() / 2 >= tw && cur.getHeight() / 2 >= th) {
            cur = cur.getType() == BufferedImage.TYPE_BYTE_GRAY ? halved(cur) : scaled(cur, cur.getWidth() / 2, cur.getHeight() / 2);
        }
        return cur.getWidth() == tw && cur.getHeight() == th && cur != src ? cur : scaled(cur, tw, th);
    }

    /**
     * Half the size, each pixel the rounded mean of the four it replaces: what bilinear scaling by
     * one half gives, at a twentieth of Java 2D's cost on a 48-megapixel page.
     */
    static BufferedImage halved(BufferedImage src) {
        int sw = src.getWidth(), w = sw / 2, h = src.getHeight() / 2;
        byte[] in = ((DataBufferByte) src.getRaster().getDataBuffer()).getData();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        byte[] px = ((DataBufferByte) out.getRaster().getDataBuffer()).getData();
        for (int y = 0; y < h; y++) {
            int top = 2 * y * sw, bottom = top + sw, o = y * w;
            for (int x = 0; x < w; x++) {
                int i = 2 * x;
                int sum = (in[top + i] & 0xff) + (in[top + i + 1] & 0xff) + (in[bottom + i] & 0xff) + (in[bottom + i + 1] & 0xff);
                px[o + x] = (byte) ((sum + 2) >> 2);
            }
        }
        return out;
    }

    private static BufferedImage scaled(BufferedImage src, int w, int h) {
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(src, 0, 0, w, h, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    static byte[] encode(BufferedImage image) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        // In memory: ImageIO's default stream over an OutputStream caches through a temporary file.
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(QUALITY);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /** Ink per page from the manifest, or nothing when the source has changed since (or there is none). */
    private static Map<Integer, Double> cachedInk(Path dir, long size, long modified) {
        Map<Integer, Double> ink = new HashMap<>();
        Path manifest = dir.resolve(MANIFEST);
        if (!Files.isRegularFile(manifest)) return ink;
        try {
            JsonNode root = JSON.readTree(manifest.toFile());
            if (root.path("size").asLong() != size || root.path("modified").asLong() != modified) return ink;
            root.path("ink").properties().forEach(e ->
                    ink.put(Integer.parseInt(e.getKey()), e.getValue().isNull() ? null : e.getValue().asDouble()));
        } catch (IOException | RuntimeException e) {
            ink.clear(); // a damaged manifest only costs a re-render
        }
        return ink;
    }

    static void writeManifest(Path dir, long size, long modified, Map<Integer, Double> ink) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("size", size);
        root.put("modified", modified);
        ObjectNode pages = root.putObject("ink");
        ink.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> pages.put(String.valueOf(e.getKey()), e.getValue()));
        AtomicFiles.writeBytes(dir.resolve(MANIFEST), JSON.writeValueAsBytes(root));
    }
}
