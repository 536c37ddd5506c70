package org.broadsheet.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.broadsheet.layout.GridLayout;
import org.broadsheet.model.Line;
import org.broadsheet.model.PageImage;
import org.broadsheet.model.PageLayout;
import org.broadsheet.model.Region;
import org.broadsheet.model.Role;
import org.broadsheet.testpages.RenderedPage;
import org.broadsheet.support.RealOcrPages;
import org.broadsheet.testpages.SamplePages;
import org.broadsheet.testpages.TruthArticle;
import org.junit.jupiter.api.Test;

/**
 * Headlines read again line by line, on a rendered Chinese page whose big headlines the page-wide
 * pass reads with characters and whole second lines missing.
 */
class HeadlineRereaderTest {

    @Test
    void everyTitleOfThePageIsReadWholeOnceTheHeadlinesAreReadAgain() throws Exception {
        RenderedPage page = RealOcrPages.render(SamplePages.all(7).stream()
                .filter(n -> n.name().equals("zh-sidephoto")).findFirst().orElseThrow().spec(), "chi_sim");
        PageImage img = page.pageImage(1);
        Set<String> titles = new TreeSet<>();
        for (TruthArticle a : page.truth().articles()) titles.add(a.title().replaceAll("\\s", ""));
        PageLayout first, again;
        try (TesseractEngine e = new TesseractEngine(TessdataLocator.resolve("chi_sim+eng", null, Path.of("tessdata")))) {
            first = new GridLayout().analyze(e.recognize(img), img);
            again = new HeadlineRereader().reread(first, img, e);
        }
        Set<String> before = headlines(first), after = headlines(again);
        // The page is chosen for what the first pass gets wrong: without that the test proves nothing.
        assertFalse(before.containsAll(titles), "the first pass already read every title: " + before);
        assertTrue(after.containsAll(titles), "titles " + titles + " read as " + after);
        // The ink read again is not left behind as stray lines in other regions.
        for (Region r : again.regions()) {
            if (r.role() == Role.HEADLINE) continue;
            for (Line l : r.lines()) assertFalse(titles.contains(l.text().replaceAll("\\s", "")), "stray headline line " + l.text());
        }
        assertEquals(first.regions().stream().filter(r -> r.role() == Role.HEADLINE).count(),
                again.regions().stream().filter(r -> r.role() == Role.HEADLINE).count(), "headline regions keep their number");
    }

    @Test
    void aBoldHanHeadlineTheMixedModelsTakeForLatinIsReadWithTheHanModelAlone() throws Exception {
        RenderedPage page = RealOcrPages.render(SamplePages.shippedChineseSample(), "chi_sim");
        PageImage img = page.pageImage(1);
        PageLayout first, again;
        // The default languages: the Latin model beside the Han one reads this two-line bold headline as "SESS RAS".
        try (TesseractEngine e = new TesseractEngine(TessdataLocator.resolve("chi_sim+eng", null, Path.of("tessdata")))) {
            first = new GridLayout().analyze(e.recognize(img), img);
            again = new HeadlineRereader().reread(first, img, e);
        }
        String lead = "麦收时节田野忙颗粒归仓保丰收";
        assertFalse(headlines(first).contains(lead), "the first pass already read it: " + headlines(first));
        assertTrue(headlines(again).contains(lead), "headlines " + headlines(again));
    }

    @Test
    void anEngineThatCannotReadLinesLeavesTheLayoutAsItWas() throws Exception {
        RenderedPage page = RealOcrPages.render(SamplePages.shippedChineseSample(), "chi_sim");
        PageImage img = page.pageImage(1);
        PageLayout first;
        try (TesseractEngine e = new TesseractEngine(TessdataLocator.resolve("chi_sim", null, Path.of("tessdata")))) {
            first = new GridLayout().analyze(e.recognize(img), img);
        }
        PageLayout again = new HeadlineRereader().reread(first, img, new org.broadsheet.support.FakeOcrEngine());
        assertEquals(first.regions(), again.regions());
    }

    private static Set<String> headlines(PageLayout layout) {
        Set<String> out = new TreeSet<>();
        for (Region r : layout.regions()) {
            if (r.role() != Role.HEADLINE) continue;
            out.add(String.join("", r.lines().stream().map(Line::text).toList()).replaceAll("\\s", ""));
        }
        return out;
    }
}
