package org.broadsheet.article;

import static org.broadsheet.layout.PageFixture.BODY;
import static org.broadsheet.layout.PageFixture.colX;
import static org.broadsheet.layout.PageFixture.spanW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.broadsheet.layout.GridLayout;
import org.broadsheet.layout.PageFixture;
import org.broadsheet.model.ArticleDraft;
import org.broadsheet.model.Box;
import org.broadsheet.model.Line;
import org.broadsheet.model.Region;
import org.broadsheet.model.Role;
import org.junit.jupiter.api.Test;

class HeadlineAssemblerTest {
    private static final String A = "城市地铁六号线今日开通运营全长三十二公里设站二十四座东西城区通勤时间缩短";
    private static final String B = "社区长者食堂开到家门口一荤两素一汤只要十二元老人说饭菜软烂很合口味";
    private static final String C = "老图书馆改造完成重新开放新增自习座位八百个开放时间延长至晚十点读者";

    private static List<ArticleDraft> assemble(PageFixture f) {
        return new HeadlineAssembler().assemble(new GridLayout().analyze(f.text(), f.image()));
    }

    @Test
    void headlineOverThreeColumnsOwnsTheirBodies() {
        PageFixture f = new PageFixture(1900, 1500);
        f.cjkCentred("城市地铁开通", colX(0), spanW(3), 100, 90);
        for (int c = 0; c < 3; c++) f.column(c, 240, 14, A);
        f.cjkCentred("长者食堂", colX(3), spanW(1), 100, 60);
        f.column(3, 200, 16, B);
        List<ArticleDraft> arts = assemble(f);
        assertEquals(2, arts.size(), describe(arts));
        ArticleDraft lead = arts.get(0);
        assertEquals(List.of(0, 1, 2), lead.columns());
        assertEquals("城市地铁开通", title(lead));
        assertEquals(14 * 3 + 1, lead.regions().stream().mapToInt(r -> r.lines().size()).sum());
        // Reading order inside the article: headline, then column 0, 1, 2 top down.
        List<Region> body = lead.regions().subList(1, lead.regions().size());
        for (int i = 1; i < body.size(); i++) assertTrue(body.get(i - 1).firstColumn() <= body.get(i).firstColumn());
        assertEquals(List.of(3), arts.get(1).columns());
    }

    @Test
    void kickerSubtitleAndBylineStayWithTheHeadline() {
        PageFixture f = new PageFixture(1900, 1500);
        f.cjkCentred("乡村振兴看新变化", colX(0), spanW(2), 100, 32);
        f.cjkCentred("小山村变身网红地", colX(0), spanW(2), 150, 80);
        f.cjkCentred("村民在家门口吃上旅游饭", colX(0), spanW(2), 250, 45);
        f.cjkCentred("本报记者 何静", colX(0), spanW(2), 320, BODY);
        f.column(0, 390, 12, A);
        f.column(1, 390, 12, B);
        f.cjkCentred("图书馆开放", colX(2), spanW(2), 100, 80);
        f.column(2, 220, 14, C);
        f.column(3, 220, 14, C);
        List<ArticleDraft> arts = assemble(f);
        assertEquals(2, arts.size(), describe(arts));
        ArticleDraft a = arts.get(0);
        assertEquals(Role.KICKER, a.regions().get(0).role(), describe(arts));
        assertEquals(Role.HEADLINE, a.regions().get(1).role());
        assertEquals(Role.SUBTITLE, a.regions().get(2).role());
        assertEquals(Role.BYLINE, a.regions().get(3).role());
        assertEquals(List.of(0, 1), a.columns(), describe(arts));
    }

    @Test
    void boxedSidebarIsItsOwnArticle() {
        PageFixture f = new PageFixture(1900, 1500);
        f.cjkCentred("城市地铁开通", colX(0), spanW(3), 100, 90);
        f.column(0, 240, 20, A);
        f.column(1, 240, 20, A);
        // A framed sidebar in column 2, below the lead's headline.
        f.frame(new Box(colX(2) - 15, 230, 430, 700));
        f.cjkCentred("相关链接", colX(2), spanW(1), 260, 50);
        f.column(2, 340, 12, C);
        f.column(2, 960, 6, A);
        List<ArticleDraft> arts = assemble(f);
        ArticleDraft side = arts.stream().filter(d -> "相关链接".equals(title(d))).findFirst().orElseThrow(() -> new AssertionError(describe(arts)));
        assertEquals(13, side.regions().stream().mapToInt(r -> r.lines().size()).sum(), describe(arts));
        assertTrue(side.regions().stream().allMatch(Region::boxed));
        ArticleDraft lead = arts.stream().filter(d -> "城市地铁开通".equals(title(d))).findFirst().orElseThrow();
        // The frame closes the lead in its column: the lead keeps its two columns, the text below the frame is not the sidebar's.
        assertEquals(20 * 2 + 1, lead.regions().stream().mapToInt(r -> r.lines().size()).sum(), describe(arts));
        assertEquals(3, arts.size(), describe(arts));
    }

    @Test
    void captionUnderPhotoJoinsTheArticle() {
        PageFixture f = new PageFixture(1900, 1500);
        f.cjkCentred("清水河整治通过验收", colX(0), spanW(2), 100, 80);
        f.photo(new Box(colX(0), 220, spanW(2), 300));
        f.cjk("整治后的清水河畔成为市民休闲的好去处", colX(0), 535, 26);
        f.column(0, 610, 12, A);
        f.column(1, 610, 12, B);
        f.cjkCentred("长者食堂", colX(2), spanW(1), 100, 60);
        f.column(2, 200, 16, C);
        List<ArticleDraft> arts = assemble(f);
        assertEquals(2, arts.size(), describe(arts));
        List<Region> caps = arts.get(0).regions().stream().filter(r -> r.role() == Role.CAPTION).toList();
        assertEquals(1, caps.size(), describe(arts));
        assertTrue(caps.get(0).lines().get(0).text().startsWith("整治后"));
    }

    @Test
    void ruleClosesAnArticleAndHeadlessItemsStandAlone() {
        PageFixture f = new PageFixture(1900, 1500);
        f.cjkCentred("城市地铁开通", colX(0), spanW(2), 100, 80);
        f.column(0, 220, 10, A);
        f.column(1, 220, 10, A);
        f.hRule(colX(0), 700, spanW(2));
        f.column(0, 740, 5, B);
        f.cjkCentred("图书馆开放", colX(2), spanW(2), 100, 80);
        f.column(2, 220, 10, C);
        f.column(3, 220, 10, C);
        List<ArticleDraft> arts = assemble(f);
        assertEquals(3, arts.size(), describe(arts));
        // Reading order: the two articles of the top band left to right, then the item under the rule.
        assertEquals("城市地铁开通", title(arts.get(0)));
        assertEquals("图书馆开放", title(arts.get(1)));
        assertNull(title(arts.get(2)));
        assertEquals(5, arts.get(2).regions().stream().mapToInt(r -> r.lines().size()).sum());
    }

    @Test
    void columnFlowPageContinuesAtTheTopOfTheNextColumn() {
        PageFixture f = new PageFixture(1900, 1500);
        f.latin("PROSPECTUS.", colX(0) + 72, 100, BODY);
        int y = 150;
        for (int i = 0; i < 28; i++, y += 42) f.latin(WORDS[i % 4], colX(0), y, BODY);
        y = 100;
        for (int i = 0; i < 12; i++, y += 42) f.latin(WORDS[(i + 1) % 4], colX(1), y, BODY);
        f.latin("U. S. SENATE.", colX(1) + 80, y + 30, BODY);
        y += 80;
        for (int i = 0; i < 16; i++, y += 42) f.latin(WORDS[(i + 2) % 4], colX(1), y, BODY);
        y = 100;
        for (int i = 0; i < 28; i++, y += 42) f.latin(WORDS[(i + 3) % 4], colX(2), y, BODY);
        List<ArticleDraft> arts = assemble(f);
        assertEquals(2, arts.size(), describe(arts));
        assertEquals("PROSPECTUS.", title(arts.get(0)), describe(arts));
        assertEquals(List.of(0, 1), arts.get(0).columns());
        assertEquals("U. S. SENATE.", title(arts.get(1)));
        assertEquals(List.of(1, 2), arts.get(1).columns());
    }

    private static final String[] WORDS = {"we propose to publish", "a small weekly sheet", "sketch of debate in",
            "people want the union"};

    static String title(ArticleDraft d) {
        return d.regions().stream().filter(r -> r.role() == Role.HEADLINE).findFirst()
                .map(r -> String.join("", r.lines().stream().map(Line::text).toList())).orElse(null);
    }

    static String describe(List<ArticleDraft> arts) {
        StringBuilder sb = new StringBuilder();
        for (ArticleDraft d : arts) {
            sb.append("\n").append(d.columns());
            for (Region r : d.regions()) sb.append("\n  ").append(r.role()).append(' ').append(r.box()).append(' ')
                    .append(r.lines().get(0).text());
        }
        return sb.toString();
    }
}
