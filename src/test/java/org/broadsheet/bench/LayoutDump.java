package org.broadsheet.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.broadsheet.article.HeadlineAssembler;
import org.broadsheet.bench.BenchPages.Page;
import org.broadsheet.layout.GridLayout;
import org.broadsheet.layout.LineMetrics;
import org.broadsheet.model.ArticleDraft;
import org.broadsheet.model.Line;
import org.broadsheet.model.PageImage;
import org.broadsheet.model.PageLayout;
import org.broadsheet.model.PageText;
import org.broadsheet.model.Region;
import org.broadsheet.ocr.TessdataLocator;
import org.broadsheet.ocr.TesseractEngine;
import org.broadsheet.source.Deskew;

/**
 * What the layout and article stages made of one benchmark page, region by region, for finding
 * why the quality benchmark scores a page as it does. Usage: LayoutDump PAGE-NAME [--lines]
 */
public final class LayoutDump {
    public static void main(String[] args) throws Exception {
        boolean showLines = List.of(args).contains("--lines");
        Path corpus = Path.of("..", "shared", "corpus").toAbsolutePath().normalize();
        List<Page> pages = new java.util.ArrayList<>(BenchPages.rendered(false));
        pages.addAll(BenchPages.deseret(corpus, false));
        pages.addAll(BenchPages.nzz(corpus, false));
        Page p = pages.stream().filter(x -> x.name().equals(args[0])).findFirst().orElseThrow();
        var image = p.image().load();
        PageImage page = new PageImage(1, Deskew.straighten(image), p.dpi());
        PageText text = new OcrCache(Path.of("target", "bench-ocr-cache")).get(image, p.dpi(), p.lang(),
                "broadsheet-tesseract", PageText.class, () -> {
                    try (TesseractEngine e = new TesseractEngine(TessdataLocator.resolve(p.lang(), null, Path.of("tessdata")))) {
                        return e.recognize(page);
                    }
                });
        double unit = LineMetrics.bodyHeight(text.lines());
        System.out.printf(Locale.ROOT, "body height %.1f%n", unit);
        if (showLines) {
            for (Line l : text.lines()) {
                System.out.printf(Locale.ROOT, "  line %s h%.2f %s %s%n", l.id(), LineMetrics.height(l) / unit, l.box(), l.text());
            }
        }
        PageLayout layout = new GridLayout().analyze(text, page);
        System.out.println("columns " + layout.columns());
        System.out.println("frames " + layout.frames());
        System.out.println("rules " + layout.separators().stream().filter(s -> !s.vertical()).map(s -> s.box()).toList());
        for (Region r : layout.regions()) {
            System.out.printf(Locale.ROOT, "%-8s %-9s c%d-%d%s %s %s%n", r.id(), r.role(), r.firstColumn(), r.lastColumn(),
                    r.boxed() ? " boxed" : "", r.box(), text(r));
        }
        int n = 0;
        for (ArticleDraft d : new HeadlineAssembler().assemble(layout)) {
            System.out.println("ARTICLE " + (++n) + " cols " + d.columns());
            for (Region r : d.regions()) System.out.printf("    %-9s %s%n", r.role(), text(r));
        }
        System.exit(0);
    }

    private static String text(Region r) {
        String t = String.join(" / ", r.lines().stream().map(Line::text).toList());
        return t.length() > 70 ? t.substring(0, 70) + "…" : t;
    }
}
