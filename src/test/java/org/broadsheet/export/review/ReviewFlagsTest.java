package org.broadsheet.export.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.broadsheet.model.Article;
import org.broadsheet.model.Box;
import org.broadsheet.model.PageInfo;
import org.broadsheet.model.TextParagraph;
import org.broadsheet.model.TextRoute;
import org.junit.jupiter.api.Test;

class ReviewFlagsTest {
    private static PageInfo page(TextRoute route, double conf) {
        return new PageInfo(1, 1000, 1500, 300, route, null, conf);
    }

    private static Article article(String text) {
        return new Article("p1-a01", 1, null, null, null, null, List.of(new TextParagraph(text, null, List.of())),
                List.of(), List.of(), new Box(0, 0, 10, 10), 0.9, List.of(), List.of());
    }

    private static List<Article> articles(int longOnes, int shortOnes) {
        List<Article> out = new ArrayList<>();
        for (int i = 0; i < longOnes; i++) out.add(article("A proper article with a good many words in it."));
        for (int i = 0; i < shortOnes; i++) out.add(article("a, b."));
        return out;
    }

    @Test
    void cleanPageHasNoFlags() {
        assertEquals(List.of(), ReviewFlags.of(page(TextRoute.OCR, 0.9), articles(5, 2), 0.6, 0.05));
    }

    @Test
    void lowConfidenceOnlyForOcrPages() {
        assertTrue(ReviewFlags.of(page(TextRoute.OCR, 0.5), articles(3, 0), 0.6, 0.05).get(0).startsWith("low OCR confidence"));
        assertEquals(List.of(), ReviewFlags.of(page(TextRoute.PDF_TEXT, 0.5), articles(3, 0), 0.6, 0.05));
    }

    @Test
    void textWithoutArticlesAndPrintWithoutText() {
        assertEquals(List.of("no article found although the page has recognised text"),
                ReviewFlags.of(page(TextRoute.OCR, 0.8), List.of(), 0.6, 0.05));
        assertTrue(ReviewFlags.of(page(TextRoute.OCR, 0), List.of(), 0.6, 0.08).get(0)
                .startsWith("no text recognised although 8.0% of the page is printed"));
        assertEquals(List.of(), ReviewFlags.of(page(TextRoute.OCR, 0), List.of(), 0.6, 0.001), "a blank page is fine");
        assertEquals(List.of(), ReviewFlags.of(page(TextRoute.OCR, 0), List.of(), 0.6, null), "no image, no judgement");
    }

    @Test
    void manyShortArticlesNeedBothCountAndShare() {
        assertEquals(List.of(), ReviewFlags.of(page(TextRoute.OCR, 0.9), articles(20, 5), 0.6, 0.05), "5 of 25");
        assertEquals(List.of(), ReviewFlags.of(page(TextRoute.OCR, 0.9), articles(1, 4), 0.6, 0.05), "only 4");
        assertEquals(List.of("many very short articles: 5 of 10 have under 20 characters"),
                ReviewFlags.of(page(TextRoute.OCR, 0.9), articles(5, 5), 0.6, 0.05));
    }

    @Test
    void shortCountsLettersAndDigitsInEveryScript() {
        assertTrue(ReviewFlags.isShort(article("— ab, cd! —")));
        assertEquals(21, ReviewFlags.letters(article("本市新建的图书馆将于下周一上午九时正式开放。")));
    }
}
