package org.broadsheet.bench;

import java.nio.file.Path;
import java.util.List;
import org.broadsheet.article.HeadlineAssembler;
import org.broadsheet.export.LayoutOverlay;
import org.broadsheet.layout.GridLayout;
import org.broadsheet.model.ArticleDraft;
import org.broadsheet.model.PageImage;
import org.broadsheet.model.PageLayout;
import org.broadsheet.model.PageText;
import org.broadsheet.model.Region;
import org.broadsheet.ocr.TessdataLocator;
import org.broadsheet.ocr.TesseractEngine;
import org.broadsheet.source.Deskew;
import org.broadsheet.testpages.RenderedPage;
import org.broadsheet.testpages.SamplePages;
import org.broadsheet.testpages.PageRenderer;

/** Renders one sample page, runs OCR, layout and articles, prints the articles and writes an overlay. */
public final class LayoutProbe {
    public static void main(String[] args) throws Exception {
        String name = args[0];
        SamplePages.Named n = SamplePages.all(7).stream().filter(x -> x.name().equals(name)).findFirst().orElseThrow();
        RenderedPage page = PageRenderer.render(n.spec());
        String lang = n.spec().script().cjk() ? (n.spec().script().name().equals("TRADITIONAL") ? "chi_tra" : "chi_sim") : "eng";
        var img = Deskew.straighten(page.image());
        PageImage pi = new PageImage(1, img, page.dpi());
        long t0 = System.currentTimeMillis();
        PageText text;
        try (TesseractEngine e = new TesseractEngine(TessdataLocator.resolve(lang, null, Path.of("tessdata")))) {
            text = e.recognize(pi);
        }
        long t1 = System.currentTimeMillis();
        PageLayout layout = new GridLayout().analyze(text, pi);
        System.out.println("bodyH " + org.broadsheet.layout.LineMetrics.bodyHeight(text.lines()));
        text.lines().stream().limit(60).forEach(l -> System.out.println("  L " + l.glyphHeight() + " " + l.box() + " " + l.words().stream().map(w -> w.box().h()).toList() + " " + l.text()));
        List<ArticleDraft> drafts = new HeadlineAssembler().assemble(layout);
        System.out.printf("ocr %d ms, layout %d ms, columns %d, rules %d, frames %d%n", t1 - t0,
                System.currentTimeMillis() - t1, layout.columns().size(), layout.separators().size(), layout.frames().size());
        System.out.println("truth:");
        page.truth().articles().forEach(a -> System.out.println("  " + a.id() + " " + a.columns() + " " + a.title()));
        System.out.println("found:");
        for (ArticleDraft d : drafts) {
            System.out.println("  " + d.columns());
            for (Region r : d.regions()) {
                String t = String.join(" ", r.lines().stream().map(l -> l.text()).toList());
                System.out.printf("    %-9s %s %s%n", r.role(), r.box(), t.substring(0, Math.min(50, t.length())));
            }
        }
        LayoutOverlay.write(pi, layout, drafts, Path.of(args.length > 1 ? args[1] : "/tmp/lay/" + name + ".png"));
    }
}
