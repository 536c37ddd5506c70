package org.broadsheet.bench;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.broadsheet.model.Box;
import org.broadsheet.testpages.Degradation;
import org.broadsheet.testpages.PageRenderer;
import org.broadsheet.testpages.PageSpec;
import org.broadsheet.testpages.PageTruth;
import org.broadsheet.testpages.RenderedPage;
import org.broadsheet.testpages.SamplePages;
import org.broadsheet.testpages.Script;

/** The benchmark's pages and what is known about them. */
final class BenchPages {
    private BenchPages() {}

    enum Kind { RENDERED, DESERET, NZZ }

    /** A truth article: its title, its text (rendered pages) or its zones (Deseret News). */
    record TruthItem(String title, String text, List<Box> zones) {}

    interface Loader2 { BufferedImage load() throws IOException; }

    record Page(String name, Kind kind, String lang, int dpi, boolean cjk, Loader2 image, List<TruthItem> truth,
                String truthText) {}

    static List<Page> rendered(boolean quick) {
        List<Page> out = new ArrayList<>();
        List<SamplePages.Named> specs = new ArrayList<>(SamplePages.all(7));
        for (String n : List.of("zh-front", "en-front", "zh-sidebar", "en-sidephoto")) {
            PageSpec s = specs.stream().filter(x -> x.name().equals(n)).findFirst().orElseThrow().spec();
            specs.add(new SamplePages.Named(n + "-scan", s.toBuilder().degradation(Degradation.scan(11 + n.length())).build()));
        }
        List<String> quickSet = List.of("zh-front", "en-front", "zh-sidebar", "en-sidephoto-scan", "zht-front", "zh-front-scan");
        for (SamplePages.Named n : specs) {
            if (quick && !quickSet.contains(n.name())) continue;
            PageSpec spec = n.spec();
            RenderedPage rp = PageRenderer.render(spec);
            PageTruth t = rp.truth();
            List<TruthItem> items = t.articles().stream().map(a -> new TruthItem(a.title(), a.toText(), List.of())).toList();
            String lang = switch (spec.script()) {
                case SIMPLIFIED -> "chi_sim";
                case TRADITIONAL -> "chi_tra";
                case ENGLISH -> "eng";
            };
            out.add(new Page(n.name(), Kind.RENDERED, lang, rp.dpi(), spec.script() != Script.ENGLISH, rp::image, items,
                    t.toText()));
        }
        return out;
    }

    private static final Pattern CLIP = Pattern.compile(
            "<article-page href=\"\\.\\./pages/([^\"]+)\\.xml\">(.*?)</article-page>", Pattern.DOTALL);
    private static final Pattern CLIPPING = Pattern.compile(
            "<article-clipping[^>]*l=\"(\\d+)\" t=\"(\\d+)\" r=\"(\\d+)\" b=\"(\\d+)\">(.*?)</article-clipping>", Pattern.DOTALL);
    private static final Pattern ZONE = Pattern.compile("<zone l=\"(\\d+)\" t=\"(\\d+)\" r=\"(\\d+)\" b=\"(\\d+)\"");
    private static final Pattern HEADLINE = Pattern.compile("<article-element type=\"headline\"><text>([^<]*)</text>");

    /** Deseret News, 15 June 1850: page images rendered from the PDFs at 2x, vendor article zones scaled alike. */
    static List<Page> deseret(Path corpus, boolean quick) throws IOException {
        Path dir = corpus.resolve("utah-newspaper-fixtures/deseret-news-1850-article-segmented");
        if (!Files.isDirectory(dir)) return List.of();
        int scale = 2;
        List<Page> out = new ArrayList<>();
        for (int p = 1; p <= 8; p++) {
            if (quick && p != 1 && p != 4) continue;
            String page = String.format("p%03d_Va_071_D45_v01", p);
            List<TruthItem> items = new ArrayList<>();
            for (int a = 0; a < 18; a++) {
                String xml = Files.readString(dir.resolve("articles/" + a + ".xml"));
                Matcher pm = CLIP.matcher(xml);
                boolean first = true;
                while (pm.find()) {
                    if (pm.group(1).equals(page)) {
                        List<Box> zones = new ArrayList<>();
                        String title = null;
                        Matcher cm = CLIPPING.matcher(pm.group(2));
                        while (cm.find()) {
                            int cl = Integer.parseInt(cm.group(1)), ct = Integer.parseInt(cm.group(2));
                            Matcher zm = ZONE.matcher(cm.group(5));
                            while (zm.find()) {
                                zones.add(Box.ofCorners(scale * (cl + Integer.parseInt(zm.group(1))), scale * (ct + Integer.parseInt(zm.group(2))),
                                        scale * (cl + Integer.parseInt(zm.group(3))), scale * (ct + Integer.parseInt(zm.group(4)))));
                            }
                            Matcher hm = HEADLINE.matcher(cm.group(5));
                            if (hm.find()) title = hm.group(1).strip();
                        }
                        // A continuation on a later page has no headline of its own there.
                        items.add(new TruthItem(first ? title : null, null, zones));
                    }
                    first = false;
                }
            }
            Path pdf = dir.resolve("pages/pdf/" + page + ".pdf");
            out.add(new Page("deseret-p" + p, Kind.DESERET, "eng", 144, false, () -> {
                try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                    return new PDFRenderer(doc).renderImageWithDPI(0, 72f * scale, ImageType.GRAY);
                }
            }, items, null));
        }
        return out;
    }

    private static final Pattern REGION = Pattern.compile("<TextRegion[^>]*id=\"([^\"]+)\"[^>]*>\\s*<Coords points=\"([^\"]+)\"(.*?)</TextRegion>", Pattern.DOTALL);
    private static final Pattern REF = Pattern.compile("regionRef=\"([^\"]+)\"");
    private static final Pattern LINE_TEXT = Pattern.compile("</Word>\\s*<TextEquiv[^>]*>\\s*<Unicode>([^<]*)</Unicode>", Pattern.DOTALL);

    /** NZZ title pages with PAGE XML: regions in their reading order, each with its text. */
    static List<Page> nzz(Path corpus, boolean quick) throws IOException {
        Path dir = corpus.resolve("nzz-black-letter-gt");
        if (!Files.isDirectory(dir)) return List.of();
        List<Page> out = new ArrayList<>();
        try (var files = Files.list(dir)) {
            for (Path tif : files.filter(f -> f.toString().endsWith(".tif")).sorted().toList()) {
                String base = tif.getFileName().toString().replaceFirst("^\\d{4}_", "").replace(".tif", "");
                if (quick && !base.contains("18501112")) continue;
                String xml = Files.readString(dir.resolve(base + ".xml"));
                java.util.Map<String, TruthItem> byId = new java.util.HashMap<>();
                Matcher rm = REGION.matcher(xml);
                while (rm.find()) {
                    int x0 = Integer.MAX_VALUE, y0 = Integer.MAX_VALUE, x1 = 0, y1 = 0;
                    for (String pt : rm.group(2).trim().split("\\s+")) {
                        String[] xy = pt.split(",");
                        int x = Integer.parseInt(xy[0]), y = Integer.parseInt(xy[1]);
                        x0 = Math.min(x0, x); y0 = Math.min(y0, y); x1 = Math.max(x1, x); y1 = Math.max(y1, y);
                    }
                    StringBuilder text = new StringBuilder();
                    Matcher lm = LINE_TEXT.matcher(rm.group(3));
                    while (lm.find()) text.append(lm.group(1).replace("&amp;", "&")).append('\n');
                    byId.put(rm.group(1), new TruthItem(null, text.toString(), List.of(Box.ofCorners(x0, y0, x1, y1))));
                }
                List<TruthItem> ordered = new ArrayList<>();
                int ro = xml.indexOf("<ReadingOrder>");
                Matcher ref = REF.matcher(xml.substring(ro, xml.indexOf("</ReadingOrder>")));
                while (ref.find()) if (byId.containsKey(ref.group(1))) ordered.add(byId.get(ref.group(1)));
                String text = String.join("\n", ordered.stream().map(TruthItem::text).toList());
                out.add(new Page("nzz-" + base.substring(4, 12), Kind.NZZ, "eng", 150, false,
                        () -> grey(ImageIO.read(tif.toFile())), ordered, text));
            }
        }
        return out;
    }

    static BufferedImage grey(BufferedImage src) {
        if (src.getType() == BufferedImage.TYPE_BYTE_GRAY) return src;
        BufferedImage g = new BufferedImage(src.getWidth(), src.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        var gr = g.createGraphics();
        gr.drawImage(src, 0, 0, null);
        gr.dispose();
        return g;
    }
}
