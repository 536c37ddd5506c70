package org.broadsheet.bench;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.broadsheet.Pipeline;
import org.broadsheet.bench.Scoring.Piece;
import org.broadsheet.bench.Scoring.Unit;
import org.broadsheet.model.Article;
import org.broadsheet.model.Box;
import org.broadsheet.model.Line;
import org.broadsheet.model.PageImage;
import org.broadsheet.model.PageResult;
import org.broadsheet.model.Region;
import org.broadsheet.model.Role;
import org.broadsheet.source.Deskew;

/** The two contenders: broadsheet (deskew, OCR, layout, articles) and plain `tesseract --psm 3`. */
final class Readers {
    private Readers() {}

    /** What a contender made of a page: its units in output order and the page text. */
    record Output(List<Unit> units, String pageText, List<Region> regionsInOrder) {}

    private static final Pipeline PIPELINE = Pipeline.standard();

    /** broadsheet's whole per-page work as `run` does it; its articles are the units, titles as the articles give them. */
    static Output broadsheet(BufferedImage image, int dpi, String lang, Path overlay, OcrCache cache) throws Exception {
        PageImage page = new PageImage(1, Deskew.straighten(image), dpi);
        PageResult result;
        try (BenchEngine engine = new BenchEngine(cache, dpi, lang)) {
            result = PIPELINE.process(engine.recognize(page), page, engine);
        }
        if (overlay != null) org.broadsheet.export.LayoutOverlay.writeArticles(page, result.layout(), result.articles(), overlay);
        List<Unit> units = new ArrayList<>();
        List<Region> order = new ArrayList<>();
        StringBuilder all = new StringBuilder();
        for (Region r : result.layout().regions()) {
            if (r.role() == Role.MASTHEAD) {
                order.add(r);
                r.lines().forEach(l -> all.append(l.text()).append('\n'));
            }
        }
        for (Article a : result.articles()) {
            List<Piece> lines = new ArrayList<>();
            for (Region r : a.regions()) {
                order.add(r);
                for (Line l : r.lines()) lines.add(new Piece(l.text(), l.box()));
            }
            Unit u = new Unit(a.title(), lines);
            units.add(u);
            all.append('\n').append(u.text()).append('\n');
        }
        return new Output(units, all.toString(), order);
    }

    /** Plain Tesseract: its paragraphs (the blank-line separated blocks of its text output) are its units. */
    static Output tesseract(BufferedImage image, int dpi, String lang, OcrCache cache) throws Exception {
        String tsv = cache.get(image, dpi, lang, "tesseract-psm3-tsv", String.class, () -> tesseractTsv(image, dpi, lang));
        return fromTsv(tsv, lang.startsWith("chi"));
    }

    private static String tesseractTsv(BufferedImage image, int dpi, String lang) throws IOException, InterruptedException {
        Path png = Files.createTempFile("bench-page", ".png");
        try {
            ImageIO.write(image, "png", png.toFile());
            ProcessBuilder pb = new ProcessBuilder("tesseract", png.toString(), "-", "--psm", "3", "--dpi",
                    String.valueOf(dpi), "-l", lang, "tsv");
            pb.environment().put("OMP_THREAD_LIMIT", "1");
            pb.redirectError(ProcessBuilder.Redirect.DISCARD);
            Process p = pb.start();
            String tsv = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(15, TimeUnit.MINUTES) || p.exitValue() != 0) throw new IOException("tesseract failed");
            return tsv;
        } finally {
            Files.deleteIfExists(png);
        }
    }

    private static Output fromTsv(String tsv, boolean cjk) {
        Map<String, Map<String, List<String[]>>> paras = new LinkedHashMap<>();
        for (String row : tsv.split("\n")) {
            String[] f = row.split("\t", -1);
            if (f.length < 12 || !f[0].equals("5") || f[11].isBlank()) continue;
            String para = f[2] + "/" + f[3], line = para + "/" + f[4];
            paras.computeIfAbsent(para, k -> new LinkedHashMap<>()).computeIfAbsent(line, k -> new ArrayList<>()).add(f);
        }
        List<Unit> units = new ArrayList<>();
        StringBuilder all = new StringBuilder();
        for (Map<String, List<String[]>> lines : paras.values()) {
            List<Piece> pieces = new ArrayList<>();
            for (List<String[]> words : lines.values()) {
                StringBuilder t = new StringBuilder();
                Box box = null;
                for (String[] w : words) {
                    if (t.length() > 0 && !cjk) t.append(' ');
                    t.append(w[11]);
                    Box b = new Box(Integer.parseInt(w[6]), Integer.parseInt(w[7]), Integer.parseInt(w[8]), Integer.parseInt(w[9]));
                    box = box == null ? b : box.union(b);
                }
                pieces.add(new Piece(t.toString(), box));
            }
            // Tesseract has no notion of a title; its block's first line stands in for one.
            Unit u = new Unit(pieces.get(0).text(), pieces);
            units.add(u);
            all.append('\n').append(u.text()).append('\n');
        }
        return new Output(units, all.toString(), List.of());
    }
}
