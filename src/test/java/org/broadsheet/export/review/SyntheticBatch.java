package org.broadsheet.export.review;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * A batch output written by hand in the articles.json / report.json schema, over page images drawn
 * here: fast, and it holds every case the review must show (markup in text, Chinese, a page without
 * articles, a fragmented low-confidence page, a failed and a skipped file, a folder name that needs
 * URL encoding).
 */
final class SyntheticBatch {
    static final String FOLDER = "herald 报 #1";
    static final String TITLE = "Council <b>\"votes\"</b> & 'agrees'";
    static final String SCRIPT_PARAGRAPH = "Alpha & beta <script>window.__pwned = 1</script> gamma";
    static final String CHINESE_TITLE = "新图书馆下周开放";
    static final String CHINESE_PARAGRAPH = "本市新建的图书馆将于下周一上午九时正式开放，馆内藏书两万余册。";
    static final int[][] BOXES_A = {{100, 120, 800, 90}, {100, 260, 380, 900}, {520, 260, 380, 600}};
    private static final ObjectMapper JSON = new ObjectMapper();

    private SyntheticBatch() {}

    /** Writes scans/ and out/ under {@code dir}. */
    static void write(Path scans, Path out) throws IOException {
        Files.createDirectories(scans.resolve(FOLDER));
        ImageIO.write(page(1000, 1500, BOXES_A), "png", scans.resolve(FOLDER).resolve("a.png").toFile());
        tiff(scans.resolve("b.tif"), List.of(page(1200, 1600, new int[][] {{50, 50, 300, 40}}), page(1200, 1600, new int[0][])));
        Files.writeString(scans.resolve("bad.pdf"), "%PDF-1.4 truncated");
        Files.writeString(scans.resolve("notes.txt"), "not a scan");

        ObjectNode a = articlesFile(FOLDER + "/a.png", "image/png");
        page(a, 1, 1000, 1500, 0.91);
        article(a, "p1-a01", 1, TITLE, "By A. Reporter", List.of(SCRIPT_PARAGRAPH, "Second paragraph."), BOXES_A[0], 0.93);
        article(a, "p1-a02", 1, CHINESE_TITLE, null, List.of(CHINESE_PARAGRAPH), BOXES_A[1], 0.88);
        article(a, "p1-a03", 1, null, null, List.of("A story without a headline, long enough not to count as short."),
                BOXES_A[2], 0.9);
        article(a, "p1-a04", 1, null, null, List.of("An item whose position was not recorded by the layout stage."),
                null, 0.9);
        write(out.resolve(FOLDER).resolve("a").resolve("articles.json"), a);

        ObjectNode b = articlesFile("b.tif", "image/tiff");
        page(b, 1, 1200, 1600, 0.42);
        page(b, 2, 1200, 1600, 0.8);
        for (int i = 0; i < 6; i++) {
            article(b, String.format("p1-a%02d", i + 1), 1, null, null, List.of("ab " + i), new int[] {50 + 150 * i, 50, 120, 40}, 0.4);
        }
        write(out.resolve("b").resolve("articles.json"), b);

        ObjectNode report = JSON.createObjectNode();
        ObjectNode totals = report.putObject("totals");
        totals.put("files", 4).put("done", 2).put("skipped", 1).put("failed", 1).put("pages", 3).put("seconds", 42.5);
        ArrayNode files = report.putArray("files");
        files.addObject().put("source", "b.tif").put("outcome", "done").put("mediaType", "image/tiff").put("pages", 2)
                .put("seconds", 20.0).put("output", "b");
        files.addObject().put("source", "bad.pdf").put("outcome", "failed")
                .put("reason", "bad.pdf: damaged PDF, cannot open: <trailer> missing").put("mediaType", "application/pdf")
                .put("pages", 0).put("seconds", 0.1);
        files.addObject().put("source", FOLDER + "/a.png").put("outcome", "done").put("mediaType", "image/png")
                .put("pages", 1).put("seconds", 22.0).put("output", FOLDER + "/a");
        files.addObject().put("source", "notes.txt").put("outcome", "skipped")
                .put("reason", "not a page image or PDF (text/plain)").put("mediaType", "text/plain").put("pages", 0)
                .put("seconds", 0.0);
        write(out.resolve("report.json"), report);
    }

    /** A grey page with a dark frame and text-like bars inside each box, so overlays can be checked by eye. */
    static BufferedImage page(int w, int h, int[][] boxes) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.setColor(Color.BLACK);
        g.setFont(new Font("Liberation Serif", Font.PLAIN, 22));
        for (int[] b : boxes) {
            g.drawRect(b[0], b[1], b[2], b[3]);
            for (int y = b[1] + 30; y < b[1] + b[3] - 5; y += 30) g.drawString("lorem ipsum dolor sit amet".substring(0,
                    Math.min(26, Math.max(5, b[2] / 14))), b[0] + 8, y);
        }
        g.dispose();
        return img;
    }

    private static void tiff(Path file, List<BufferedImage> pages) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            writer.setOutput(out);
            writer.prepareWriteSequence(null);
            for (BufferedImage p : pages) writer.writeToSequence(new IIOImage(p, null, null), null);
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }
    }

    private static ObjectNode articlesFile(String source, String type) {
        ObjectNode root = JSON.createObjectNode();
        root.put("source", source).put("sha256", "0".repeat(64)).put("size", 1).put("mediaType", type);
        root.putObject("issue");
        root.putArray("pages");
        root.putArray("articles");
        return root;
    }

    private static void page(ObjectNode file, int n, int w, int h, double conf) {
        ((ArrayNode) file.get("pages")).addObject().put("number", n).put("width", w).put("height", h).put("dpi", 300)
                .put("route", "ocr").put("confidence", conf);
    }

    private static void article(ObjectNode file, String id, int page, String title, String byline, List<String> paras,
                                int[] box, double conf) {
        ObjectNode a = ((ArrayNode) file.get("articles")).addObject();
        a.put("id", id).put("page", page).put("title", title).putNull("kicker").putNull("subtitle").put("byline", byline);
        paras.forEach(a.putArray("paragraphs")::add);
        a.putArray("captions");
        a.putArray("columns");
        ArrayNode bbox = a.putArray("bbox");
        if (box != null) for (int v : box) bbox.add(v);
        a.put("confidence", conf);
    }

    private static void write(Path file, ObjectNode node) throws IOException {
        Files.createDirectories(file.getParent());
        JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), node);
    }
}
