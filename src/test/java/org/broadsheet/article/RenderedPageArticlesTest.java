package org.broadsheet.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.broadsheet.layout.GridLayout;
import org.broadsheet.model.ArticleDraft;
import org.broadsheet.model.Line;
import org.broadsheet.model.PageImage;
import org.broadsheet.model.PageLayout;
import org.broadsheet.model.PageText;
import org.broadsheet.model.Region;
import org.broadsheet.model.Role;
import org.broadsheet.ocr.TessdataLocator;
import org.broadsheet.ocr.TesseractEngine;
import org.broadsheet.testpages.RenderedPage;
import org.broadsheet.support.RealOcrPages;
import org.broadsheet.testpages.SamplePages;
import org.broadsheet.testpages.TruthArticle;
import org.junit.jupiter.api.Test;

/** The whole layout and article path on a rendered Chinese page read by real Tesseract. */
class RenderedPageArticlesTest {

    @Test
    void articlesOfTheSmallChinesePage() throws Exception {
        RenderedPage page = RealOcrPages.render(SamplePages.shippedChineseSample(), "chi_sim");
        PageImage img = page.pageImage(1);
        PageText text;
        try (TesseractEngine e = new TesseractEngine(TessdataLocator.resolve("chi_sim", null, Path.of("tessdata")))) {
            text = e.recognize(img);
        }
        PageLayout layout = new GridLayout().analyze(text, img);
        assertEquals(4, layout.columns().size(), "columns " + layout.columns());
        List<ArticleDraft> arts = new HeadlineAssembler().assemble(layout);
        List<TruthArticle> truth = page.truth().articles();

        List<Integer> order = new ArrayList<>();
        int titles = 0;
        for (TruthArticle t : truth) {
            int best = -1;
            for (int i = 0; i < arts.size(); i++) if (overlap(text(arts.get(i)), t.toText()) >= 0.5) best = i;
            assertTrue(best >= 0, "no article for " + t.title());
            order.add(best);
            // The headline region must hold the title; single misread characters are the OCR's, not the layout's.
            String got = title(arts.get(best));
            if (got != null && overlap(got, t.title()) >= 0.8) titles++;
            if (t.columns().size() > 1) {
                assertEquals(t.columns(), arts.get(best).columns(), "columns of " + t.title());
            }
        }
        assertEquals(truth.size(), arts.size(), "one article per true article");
        assertTrue(titles >= truth.size() - 1, titles + " titles found of " + truth.size());
        for (int i = 1; i < order.size(); i++) assertTrue(order.get(i - 1) < order.get(i), "reading order " + order);
        assertEquals("2025-07-02", new MastheadParser().read(layout).date());
    }

    private static String text(ArticleDraft d) {
        StringBuilder sb = new StringBuilder();
        for (Region r : d.regions()) for (Line l : r.lines()) sb.append(l.text());
        return sb.toString();
    }

    private static String title(ArticleDraft d) {
        return d.regions().stream().filter(r -> r.role() == Role.HEADLINE).findFirst()
                .map(r -> String.join("", r.lines().stream().map(Line::text).toList()).replaceAll("\\s", "")).orElse(null);
    }

    /** Shared Han characters as a share of both texts (the smaller of the two shares). */
    private static double overlap(String a, String b) {
        Map<Integer, Integer> ca = counts(a), cb = counts(b);
        int common = 0, na = 0, nb = 0;
        for (var e : ca.entrySet()) common += Math.min(e.getValue(), cb.getOrDefault(e.getKey(), 0));
        for (int v : ca.values()) na += v;
        for (int v : cb.values()) nb += v;
        return na == 0 || nb == 0 ? 0 : Math.min((double) common / na, (double) common / nb);
    }

    private static Map<Integer, Integer> counts(String s) {
        Map<Integer, Integer> m = new HashMap<>();
        s.codePoints().filter(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)
                .forEach(cp -> m.merge(cp, 1, Integer::sum));
        return m;
    }
}
