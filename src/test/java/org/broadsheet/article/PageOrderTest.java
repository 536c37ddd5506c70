package org.broadsheet.article;

import static org.broadsheet.article.HeadlineAssemblerTest.describe;
import static org.broadsheet.article.HeadlineAssemblerTest.title;
import static org.broadsheet.layout.PageFixture.colX;
import static org.broadsheet.layout.PageFixture.spanW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.broadsheet.layout.GridLayout;
import org.broadsheet.layout.PageFixture;
import org.broadsheet.model.ArticleDraft;
import org.broadsheet.model.Box;
import org.broadsheet.model.Line;
import org.broadsheet.model.PageLayout;
import org.broadsheet.model.PageText;
import org.broadsheet.model.Region;
import org.broadsheet.model.Role;
import org.broadsheet.model.Separator;
import org.broadsheet.model.TextRoute;
import org.broadsheet.model.Word;
import org.junit.jupiter.api.Test;

/** The order of a page's articles, and which text runs on from one column into the next. */
class PageOrderTest {
    private static final String A = "城市地铁六号线今日开通运营全长三十二公里设站二十四座东西城区通勤时间缩短";
    private static final String B = "社区长者食堂开到家门口一荤两素一汤只要十二元老人说饭菜软烂很合口味";

    private static List<ArticleDraft> assemble(PageFixture f) {
        return new HeadlineAssembler().assemble(new GridLayout().analyze(f.text(), f.image()));
    }

    @Test
    void oldPageRunsColumnByColumnWithinEachSectionItsFullWidthRuleMakes() {
        PageFixture f = new PageFixture(1500, 1900);
        // Upper section: one item running down column 0, on into 1 and 2; no headlines at all.
        for (int c = 0; c < 3; c++) f.column(c, 100, 22, A);
        f.hRule(colX(0), 1110, spanW(3));
        // Lower section: a headline in column 0, its text running on into columns 1 and 2.
        f.cjkCentred("长者食堂", colX(0), spanW(1), 1140, 60);
        f.column(0, 1230, 14, B);
        f.column(1, 1150, 16, B);
        f.column(2, 1150, 16, B);
        List<ArticleDraft> arts = assemble(f);
        assertEquals(2, arts.size(), describe(arts));
        assertEquals(List.of(0, 1, 2), arts.get(0).columns(), describe(arts));
        assertTrue(arts.get(0).regions().stream().allMatch(r -> r.box().bottom() < 1110), describe(arts));
        assertEquals("长者食堂", title(arts.get(1)), describe(arts));
        assertEquals(List.of(0, 1, 2), arts.get(1).columns(), describe(arts));
        // Within the article, column 0's text comes before column 1's.
        List<Region> body = arts.get(0).regions();
        for (int i = 1; i < body.size(); i++) assertTrue(body.get(i - 1).firstColumn() <= body.get(i).firstColumn());
    }

    @Test
    void aKickerAboveOneHeadlineDoesNotPutItsArticleInABandOfItsOwn() {
        PageFixture f = new PageFixture(1900, 1500);
        f.cjkCentred("地铁开通", colX(0), spanW(1), 200, 60);
        f.cjkCentred("食堂开张", colX(1), spanW(1), 200, 60);
        // A kicker two of its lines above the third headline.
        f.cjkCentred("治理一条河", colX(2), spanW(1), 120, 30);
        f.cjkCentred("清水河整治", colX(2), spanW(1), 200, 60);
        for (int c = 0; c < 3; c++) f.column(c, 300, 16, c == 1 ? B : A);
        f.column(3, 100, 20, B);
        List<ArticleDraft> arts = assemble(f);
        assertEquals(List.of("地铁开通", "食堂开张", "清水河整治"), arts.stream().limit(3).map(HeadlineAssemblerTest::title).toList(),
                describe(arts));
    }

    private static Region region(String id, Role role, int x, int y, int w, int h, int c0, int c1) {
        Box b = new Box(x, y, w, h);
        Line l = new Line(id + "_l", "字", b,
                List.of(new Word("字", b, 0.9)), 0.9, false);
        return new Region(id, role, b, List.of(l), c0, c1, false);
    }

    @Test
    void onAColumnFlowPageAnArticleIsReadWhereItsHeadStartsNotWhereItsKickerDoes() {
        // A nameplate-like head across three columns whose first line (a folio row) sits over columns 1-2.
        List<Box> cols = List.of(new Box(100, 0, 400, 2000),
                new Box(540, 0, 400, 2000), new Box(980, 0, 400, 2000));
        PageText text = new PageText(1, 1500, 2000, 300,
                TextRoute.OCR, "test", List.of(), 0);
        Territory t = new Territory(new PageLayout(text, cols, List.of(), List.of(), List.of()), 30);
        HeadlineAssembler.Draft head = new HeadlineAssembler.Draft(
                region("h", Role.HEADLINE, 100, 100, 1280, 150, 0, 2), -1);
        head.head.add(region("k", Role.KICKER, 600, 40, 700, 30, 1, 2));
        HeadlineAssembler.Draft col0 = new HeadlineAssembler.Draft(region("a", Role.BODY, 100, 400, 400, 900, 0, 0), -1);
        HeadlineAssembler.Draft col1 = new HeadlineAssembler.Draft(region("b", Role.BODY, 540, 400, 400, 900, 1, 1), -1);
        List<HeadlineAssembler.Draft> order = PageOrder.sort(List.of(col1, col0, head), t, 2);
        assertEquals(List.of(head, col0, col1), order);
    }

    private static Region lines(String id, Role role, int x, int y, int w, int n, int c0, int c1) {
        List<Line> ls = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            Box b = new Box(x, y + 30 * i, w, 26);
            ls.add(new Line(id + "_l" + i, "字字字", b, List.of(new Word("字字字", b, 0.9)), 0.9, false));
        }
        return new Region(id, role, new Box(x, y, w, 30 * n), ls, c0, c1, false);
    }

    private static Territory twoSections(List<Box> cols) {
        PageText text = new PageText(1, 1500, 2000, 300, TextRoute.OCR, "test", List.of(), 0);
        // A full-width rule under the nameplate band divides the page into two sections.
        List<Separator> rules = List.of(new Separator(new Box(100, 700, 1280, 4), false));
        return new Territory(new PageLayout(text, cols, rules, List.of(), List.of()), 30);
    }

    @Test
    void aNameplateBandOfShortPiecesIsReadRowByRowAboveTextThatRunsColumnByColumn() {
        List<Box> cols = List.of(new Box(100, 0, 400, 2000), new Box(540, 0, 400, 2000), new Box(980, 0, 400, 2000));
        Territory t = twoSections(cols);
        // Ears level with each other (the right one a little higher), the nameplate, then a dateline row.
        HeadlineAssembler.Draft leftEar = new HeadlineAssembler.Draft(lines("le", Role.BODY, 100, 140, 300, 3, 0, 0), -1);
        HeadlineAssembler.Draft rightEar = new HeadlineAssembler.Draft(lines("re", Role.BODY, 1000, 130, 300, 2, 2, 2), -1);
        HeadlineAssembler.Draft nameplate = new HeadlineAssembler.Draft(lines("np", Role.HEADLINE, 300, 300, 900, 1, 0, 2), -1);
        HeadlineAssembler.Draft day = new HeadlineAssembler.Draft(lines("day", Role.BODY, 100, 600, 200, 1, 0, 0), -1);
        HeadlineAssembler.Draft number = new HeadlineAssembler.Draft(lines("no", Role.BODY, 650, 602, 200, 1, 1, 1), -1);
        HeadlineAssembler.Draft date = new HeadlineAssembler.Draft(lines("date", Role.BODY, 1000, 598, 300, 1, 2, 2), -1);
        // Below the rule, text running down column 0 and on into column 1.
        HeadlineAssembler.Draft run0 = new HeadlineAssembler.Draft(lines("r0", Role.BODY, 100, 750, 400, 30, 0, 0), -1);
        HeadlineAssembler.Draft run1 = new HeadlineAssembler.Draft(lines("r1", Role.BODY, 540, 750, 400, 30, 1, 1), -1);
        List<HeadlineAssembler.Draft> order = PageOrder.sort(
                List.of(run1, date, rightEar, number, run0, nameplate, day, leftEar), t, 2);
        assertEquals(List.of(leftEar, rightEar, nameplate, day, number, date, run0, run1), order);
    }

    /** Places an orphan at the top of column 1 beside an article in column 0 whose last region has the given role. */
    private static List<HeadlineAssembler.Draft> runOnAfter(Role lastRole) {
        List<Box> cols = List.of(new Box(100, 0, 400, 2000), new Box(540, 0, 400, 2000));
        PageText text = new PageText(1, 1000, 2000, 300, TextRoute.OCR, "test", List.of(), 0);
        Territory t = new Territory(new PageLayout(text, cols, List.of(), List.of(), List.of()), 30);
        Region head = lines("h", Role.HEADLINE, 100, 100, 400, 1, 0, 0);
        Region body = lines("b", Role.BODY, 100, 150, 400, 40, 0, 0);
        Region last = lines("z", lastRole, 100, 1360, 400, 1, 0, 0);
        Region top = lines("t", Role.BODY, 540, 100, 400, 42, 1, 1);
        HeadlineAssembler.Draft article = new HeadlineAssembler.Draft(head, -1);
        article.body.add(body);
        article.body.add(last);
        java.util.Map<Region, Integer> frame = new java.util.HashMap<>();
        java.util.Map<Region, HeadlineAssembler.Draft> owner = new java.util.HashMap<>();
        for (Region r : List.of(head, body, last, top)) frame.put(r, -1);
        for (Region r : List.of(head, body, last)) owner.put(r, article);
        List<HeadlineAssembler.Draft> drafts = new java.util.ArrayList<>(List.of(article));
        new Orphans(t, List.of(head, body, last, top), frame, owner, drafts).place(List.of(top));
        return drafts;
    }

    @Test
    void bodyTextRunsOnIntoTheNextColumnButNothingRunsOnFromADatelineOrSignature() {
        List<HeadlineAssembler.Draft> running = runOnAfter(Role.BODY);
        assertEquals(1, running.size());
        assertEquals(3, running.get(0).body.size());
        for (Role ending : List.of(Role.SUBTITLE, Role.BYLINE, Role.HEADLINE)) {
            List<HeadlineAssembler.Draft> ended = runOnAfter(ending);
            assertEquals(2, ended.size(), "after a " + ending);
            assertEquals("t", ended.get(1).anchor().id());
        }
    }
}
