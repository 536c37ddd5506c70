package org.broadsheet.article;

import static org.broadsheet.layout.PageFixture.BODY;
import static org.broadsheet.layout.PageFixture.COL;
import static org.broadsheet.layout.PageFixture.colX;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.broadsheet.layout.GridLayout;
import org.broadsheet.layout.PageFixture;
import org.broadsheet.model.ArticleDraft;
import org.broadsheet.model.Box;
import org.broadsheet.model.Line;
import org.broadsheet.model.Region;
import org.broadsheet.model.Role;
import org.broadsheet.model.Word;
import org.junit.jupiter.api.Test;

/**
 * How the short items of an old paper's columns become articles: run-in heads start them,
 * signatures and the panels of a notice do not, specks are folded into their neighbours.
 */
class OldPageItemsTest {
    private static final String[] PROSE = {
        "the members of the council met", "on monday and agreed that the", "work on the new bridge should",
        "begin in the spring and that it", "be paid for from the rates of", "the coming year as the clerk",
        "had proposed to them before the", "meeting was closed at nine."};

    /** A line of words spread over {@code width} pixels, as a justified column sets it. */
    private static void justified(PageFixture f, String text, int x, int y, int width) {
        String[] ws = text.split(" ");
        int letters = text.replace(" ", "").length();
        int gap = BODY / 3;
        double per = (width - gap * (ws.length - 1)) / (double) letters;
        List<Word> out = new ArrayList<>();
        double cx = x;
        for (String w : ws) {
            int wd = (int) Math.round(w.length() * per);
            out.add(new Word(w, new Box((int) cx, y, wd, BODY), 0.9));
            cx += wd + gap;
        }
        f.words(text, out);
    }

    /** A paragraph of {@code n} justified lines (the first indented by an em) from y; returns the y below it. */
    private static int paragraph(PageFixture f, int c, int y, int n, String first) {
        for (int i = 0; i < n; i++) {
            String t = i == 0 && first != null ? first : PROSE[i % PROSE.length];
            int indent = i == 0 ? BODY : 0;
            boolean last = i == n - 1;
            justified(f, t, colX(c) + indent, y, last ? COL / 2 : COL - indent);
            y += BODY * 3 / 2;
        }
        return y;
    }

    private static List<ArticleDraft> assemble(PageFixture f) {
        return new HeadlineAssembler().assemble(new GridLayout().analyze(f.text(), f.image()));
    }

    private static String title(ArticleDraft d) {
        return d.regions().stream().filter(r -> r.role() == Role.HEADLINE).findFirst()
                .map(r -> String.join(" ", r.lines().stream().map(Line::text).toList())).orElse(null);
    }

    private static String text(ArticleDraft d) {
        StringBuilder sb = new StringBuilder();
        for (Region r : d.regions()) for (Line l : r.lines()) sb.append(l.text()).append(" / ");
        return sb.toString();
    }

    /** Three columns of running text, so the grid is found; column 0 gets what the test puts there. */
    private static PageFixture page() {
        PageFixture f = new PageFixture(1500, 2200);
        for (int c = 1; c < 3; c++) {
            int y = 100;
            for (int p = 0; p < 5; p++) y = paragraph(f, c, y, 6, null) + BODY / 2;
        }
        return f;
    }

    /** The articles that lie in column 0 alone. */
    private static List<ArticleDraft> firstColumnOnly(PageFixture f) {
        return assemble(f).stream().filter(d -> d.columns().equals(List.of(0))).toList();
    }

    private static String texts(List<ArticleDraft> arts) {
        return arts.stream().map(OldPageItemsTest::text).toList().toString();
    }

    @Test
    void aRunInHeadStartsAnArticleNamedByIt() {
        PageFixture f = page();
        int y = paragraph(f, 0, 100, 6, null);
        y = paragraph(f, 0, y, 6, "CHOLERA.—We learn from some of our");
        y = paragraph(f, 0, y, 4, "POLICE INTELLIGENCE. More news of");
        paragraph(f, 0, y, 4, null);
        List<ArticleDraft> col0 = firstColumnOnly(f);
        assertEquals(3, col0.size(), texts(col0));
        assertEquals("CHOLERA.", title(col0.get(1)));
        assertTrue(text(col0.get(1)).contains("We learn from some of our"), text(col0.get(1)));
        assertEquals("POLICE INTELLIGENCE.", title(col0.get(2)));
        // The paragraph after the second item is part of it: its head, the rest of its first line, 3 + 4 lines.
        assertEquals(1 + 1 + 3 + 4, col0.get(2).regions().stream().mapToInt(r -> r.lines().size()).sum());
    }

    @Test
    void capitalisedOpeningsThatAreNotHeadsStayInTheirArticle() {
        PageFixture f = page();
        int y = paragraph(f, 0, 100, 5, null);
        y = paragraph(f, 0, y, 4, "Mr. Foote said he made no un-");
        y = paragraph(f, 0, y, 4, "Washington, Jan. 21, 1850. The");
        y = paragraph(f, 0, y, 4, "General Taylor said that he had");
        paragraph(f, 0, y, 4, "The Detroit Bulletin of Satur-");
        List<ArticleDraft> col0 = firstColumnOnly(f);
        assertEquals(1, col0.size(), texts(col0));
    }

    @Test
    void aSignatureUnderAValedictionIsNotAHeadline() {
        PageFixture f = page();
        int y = paragraph(f, 0, 100, 6, null);
        justified(f, "Yours, with esteem,", colX(0) + 120, y, 200);
        f.latin("WM. A. MORSE.", colX(0) + 93, y + BODY * 3 / 2, BODY);
        List<ArticleDraft> col0 = firstColumnOnly(f);
        assertEquals(1, col0.size(), texts(col0));
        assertTrue(col0.get(0).regions().stream().anyMatch(r -> r.role() == Role.BYLINE && r.lines().get(0).text().startsWith("WM.")), text(col0.get(0)));
    }

    @Test
    void thePanelsOfANoticeStayOneArticleButANewHeadlineAfterARuleDoesNot() {
        PageFixture f = page();
        f.latin("BLACK-SMITHING.", colX(0) + 60, 100, 2 * BODY);
        int y = paragraph(f, 0, 100 + 3 * BODY, 3, "Horses and oxen shod on the");
        f.latin("MY SHOP", colX(0) + 140, y, BODY);
        y = paragraph(f, 0, y + BODY * 3 / 2, 3, "Is in the seventeenth ward, a");
        f.latin("ALL MY FRIENDS", colX(0) + 90, y, BODY);
        y = paragraph(f, 0, y + BODY * 3 / 2, 3, "Who want blacksmithing can be");
        f.hRule(colX(0) + 100, y + 5, COL - 200);
        f.latin("CONCERT.", colX(0) + 130, y + BODY, BODY);
        paragraph(f, 0, y + BODY * 5 / 2, 4, "We anticipate a rich treat this");
        List<ArticleDraft> col0 = firstColumnOnly(f);
        assertEquals(2, col0.size(), texts(col0));
        assertEquals("BLACK-SMITHING.", title(col0.get(0)));
        assertTrue(text(col0.get(0)).contains("ALL MY FRIENDS"), text(col0.get(0)));
        assertEquals("CONCERT.", title(col0.get(1)));
    }

    @Test
    void aSpeckReadAsTextJoinsTheArticleBesideIt() {
        PageFixture f = page();
        paragraph(f, 0, 100, 12, null);
        f.latin("7 >", colX(0) + 150, 100 + 12 * BODY * 3 / 2 + 2 * BODY, BODY);
        List<ArticleDraft> arts = assemble(f);
        assertTrue(arts.stream().noneMatch(d -> text(d).startsWith("7 >")), arts.stream().map(OldPageItemsTest::text).toList().toString());
        assertTrue(arts.stream().anyMatch(d -> text(d).contains("7 >")));
    }
}
