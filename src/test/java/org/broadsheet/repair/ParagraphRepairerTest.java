package org.broadsheet.repair;

import org.broadsheet.dictionary.EnglishLexicon;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.broadsheet.model.Article;
import org.broadsheet.model.ArticleDraft;
import org.broadsheet.model.Line;
import org.broadsheet.model.Region;
import org.broadsheet.model.Role;
import org.broadsheet.model.TextParagraph;
import org.junit.jupiter.api.Test;

/** Articles built from line boxes laid out like a scanned page ({@link PageLines}). */
class ParagraphRepairerTest {
    private static final ParagraphRepairer REPAIRER = new ParagraphRepairer(EnglishLexicon::installed);
    private final PageLines page = new PageLines();

    private static List<String> texts(Article a) {
        return a.paragraphs().stream().map(TextParagraph::text).toList();
    }

    @Test
    void chineseArticleWithIndentsHeadlineBylineAndCaption() {
        Region headline = PageLines.region("h", Role.HEADLINE, List.of(page.zh("优优化化营营商商环环境境", 0, 0, 0)));
        Region byline = PageLines.region("b", Role.BYLINE, List.of(page.zh("本报记者 张 三", 0, 40, 0)));
        Region body = PageLines.region("r1", Role.BODY, List.of(
                page.zh("今年以来，我市持续优化营", 0, 80, 2),
                page.zh("商环境，出台了一系列政策措施", 0, 110, 0),
                page.zh("。截至6月底，全市新增市场主", 0, 140, 0),
                page.zh("体3,000余户。", 0, 170, 0),
                page.zh("市场监管局负责人表示，下一", 0, 200, 2),
                page.zh("步将继续推进改革。", 0, 230, 0)));
        Region caption = PageLines.region("c", Role.CAPTION, List.of(page.zh("图为", 300, 0, 0), page.zh("新建成的大桥", 300, 30, 0)));
        Article a = REPAIRER.repair(new ArticleDraft(1, List.of(headline, byline, body, caption), List.of(0)), "p1-a01");
        assertEquals("优化营商环境", a.title());
        assertEquals("本报记者张三", a.byline());
        assertEquals(List.of("今年以来，我市持续优化营商环境，出台了一系列政策措施。截至6月底，全市新增市场主体3,000余户。",
                "市场监管局负责人表示，下一步将继续推进改革。"), texts(a));
        assertEquals(List.of("图为新建成的大桥"), a.captions());
        assertEquals(List.of(body.lines().get(0).id(), body.lines().get(1).id(), body.lines().get(2).id(), body.lines().get(3).id()),
                a.paragraphs().get(0).lineIds());
        assertEquals(0.8, a.confidence(), 1e-9);
        assertEquals(List.of(0), a.columns());
        assertEquals(new ArticleDraft(1, List.of(headline, byline, body, caption), List.of(0)).box(), a.bbox());
    }

    @Test
    void punctuationHangingPastTheColumnDoesNotWidenIt() {
        // A 10-character column (200 px); two lines hang a comma past it. A sentence that ends
        // half a cell short (a digit run) is no paragraph end; one a full cell short is.
        Region body = PageLines.region("r1", Role.BODY, List.of(
                page.zh("今年以来我市持续优化营商，", 0, 0, 0),
                page.zh("环境出台了一系列政策措施，", 0, 30, 0),
                page.zh("截至6月底全市新增主体。", 0, 60, 0),
                page.zh("市场监管局负责人表示下一", 0, 90, 0),
                page.zh("步将继续推进改革措施。", 0, 120, 0),
                page.zh("专家分析指出物价总体稳定", 0, 150, 0),
                page.zh("通胀压力不大。", 0, 180, 0)));
        Article a = REPAIRER.repair(new ArticleDraft(1, List.of(body), List.of(0)), "p1-a01");
        assertEquals(List.of("今年以来我市持续优化营商，环境出台了一系列政策措施，截至6月底全市新增主体。市场监管局负责人表示下一步将继续推进改革措施。",
                "专家分析指出物价总体稳定通胀压力不大。"), texts(a));
    }

    @Test
    void aShortLastColumnTakesTheColumnWidthOfTheFullerOnes() {
        List<Line> first = new ArrayList<>();
        for (int i = 0; i < 5; i++) first.add(page.en("members of the council agreed", 0, i * 30, 0));
        first.add(page.en("new budget would be passed", 0, 150, 0));
        Region r1 = PageLines.region("r1", Role.BODY, first);
        // The second column holds two lines: on its own it would take the first, shorter one as full.
        Region r2 = PageLines.region("r2", Role.BODY, List.of(page.en("by the end of June.", 300, 0, 0), page.en("Critics disagreed.", 300, 30, 0)));
        Article a = REPAIRER.repair(new ArticleDraft(1, List.of(r1, r2), List.of(0, 1)), "p1-a01");
        assertEquals(2, a.paragraphs().size(), texts(a).toString());
        assertTrue(texts(a).get(0).endsWith("by the end of June."), texts(a).toString());

        Region full = PageLines.region("r3", Role.BODY, List.of(page.en("and the whole thing was done.", 300, 0, 0), page.en("Critics disagreed.", 300, 30, 0)));
        Article b = REPAIRER.repair(new ArticleDraft(1, List.of(r1, full), List.of(0, 1)), "p1-a02");
        assertEquals(1, b.paragraphs().size(), texts(b).toString());
    }

    @Test
    void aShortRegionAtTheFootOfAColumnTakesThatColumnsEdgesNotItsIndentedFirstLine() {
        // A column's body in two regions: the second holds only the indented first line of a
        // paragraph that runs on into the next column. Full line: 2 indent cells + 14 characters.
        List<Line> top = new ArrayList<>();
        for (int i = 0; i < 5; i++) top.add(page.zh("一二三四五六七八九十一二三四五六", 0, i * 30, 0));
        Region upper = PageLines.region("r1", Role.BODY, top);
        Region foot = PageLines.region("r2", Role.BODY, List.of(page.zh("今年全省计划种植粮食作物五千", 0, 170, 2)));
        Region next = PageLines.region("r3", Role.BODY, List.of(page.zh("八百万亩，其中水稻两千一百万", 400, 0, 0), page.zh("亩。", 400, 30, 0)));
        Article a = REPAIRER.repair(new ArticleDraft(1, List.of(upper, foot, next), List.of(0, 1)), "p1-a01");
        assertEquals(2, a.paragraphs().size(), texts(a).toString());
        assertEquals("今年全省计划种植粮食作物五千八百万亩，其中水稻两千一百万亩。", texts(a).get(1));
    }

    @Test
    void aParagraphRunsOnIntoTheNextColumnUnlessItEnded() {
        Region col1 = PageLines.region("r1", Role.BODY, List.of(
                page.en("The city council on Tuesday", 0, 0, 20),
                page.en("approved a long-term plan to", 0, 20, 0),
                page.en("rebuild the harbour district", 0, 40, 0)));
        Region col2 = PageLines.region("r2", Role.BODY, List.of(
                page.en("after years of debate in the", 400, 0, 0),
                page.en("chamber.", 400, 20, 0),
                page.en("Officials said the project", 400, 40, 20),
                page.en("would cost about $3,000 each.", 400, 60, 0)));
        Article a = REPAIRER.repair(new ArticleDraft(1, List.of(col1, col2), List.of(0, 1)), "a");
        assertEquals(List.of("The city council on Tuesday approved a long-term plan to rebuild the harbour district after years of debate in the chamber.",
                "Officials said the project would cost about $3,000 each."), texts(a));
    }

    @Test
    void shortLineEndingASentenceBreaksWithoutIndentButAFullOneDoesNot() {
        Region body = PageLines.region("r1", Role.BODY, List.of(
                page.en("The council approved the plan", 0, 0, 0),
                page.en("after a long and bitter debate.", 0, 20, 0),
                page.en("Residents who attended were", 0, 40, 0),
                page.en("divided over the proposal.", 0, 60, 0),
                page.en("It will begin building in the", 0, 80, 0),
                page.en("spring.", 0, 100, 0)));
        Article a = REPAIRER.repair(new ArticleDraft(1, List.of(body), List.of(0)), "a");
        assertEquals(List.of("The council approved the plan after a long and bitter debate. Residents who attended were divided over the proposal.",
                "It will begin building in the spring."), texts(a));
    }

    @Test
    void subheadRegionsAndDehyphenation() {
        Region body1 = PageLines.region("r1", Role.BODY, List.of(
                page.en("The vote was a major exam-", 0, 0, 20),
                page.en("ple of cooperation between", 0, 20, 0),
                page.en("the parties.", 0, 40, 0)));
        Region sub = PageLines.region("s", Role.SUBHEAD, List.of(page.en("Background", 60, 70, 0)));
        Region body2 = PageLines.region("r2", Role.BODY, List.of(
                page.en("The well-", 0, 100, 20),
                page.en("known plan was first", 0, 120, 0),
                page.en("drawn up in 1998.", 0, 140, 0)));
        Article a = REPAIRER.repair(new ArticleDraft(1, List.of(body1, sub, body2), List.of(0)), "a");
        assertEquals(List.of("The vote was a major example of cooperation between the parties.", "Background",
                "The well-known plan was first drawn up in 1998."), texts(a));
        assertEquals("subhead", a.paragraphs().get(1).role());
        assertEquals(2, a.hyphenations().size());
        assertTrue(a.hyphenations().get(0).hyphenRemoved());
        assertEquals(body1.lines().get(0).id(), a.hyphenations().get(0).lineId());
        assertEquals("well-known", a.hyphenations().get(1).result());
    }

    @Test
    void extraLeadingBetweenLinesIsAParagraphBreak() {
        Region body = PageLines.region("r1", Role.BODY, List.of(
                page.zh("今年以来，我市持续优化营商环", 0, 0, 0),
                page.zh("境，出台了一系列政策措施。截", 0, 30, 0),
                page.zh("至6月底，全市新增市场主体30", 0, 60, 0),
                page.zh("市场监管局负责人表示，下一步", 0, 120, 0),
                page.zh("将继续推进改革。", 0, 150, 0)));
        Article a = REPAIRER.repair(new ArticleDraft(1, List.of(body), List.of(0)), "a");
        assertEquals(2, a.paragraphs().size());
    }

    @Test
    void verticalCaptionOneCharacterPerLine() {
        List<Line> chars = new ArrayList<>();
        String caption = "图为新建成的大桥";
        for (int i = 0; i < caption.length(); i++) chars.add(page.zh(caption.substring(i, i + 1), 500, i * 22, 0));
        Region body = PageLines.region("r1", Role.BODY, chars);
        Article a = REPAIRER.repair(new ArticleDraft(1, List.of(body), List.of(0)), "a");
        assertEquals(List.of(caption), texts(a));
    }
}
