package org.broadsheet.repair;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.broadsheet.dictionary.EnglishLexicon;
import org.broadsheet.model.TextParagraph;
import org.junit.jupiter.api.Test;

/** Paragraph breaks in plain text that only the words show, or that blank lines show among many short paragraphs. */
class PlainTextBreaksTest {
    private static List<TextParagraph> repair(String input) {
        return new TextRepair(EnglishLexicon::installed).run(input).paragraphs();
    }

    private static List<String> texts(String input) {
        return repair(input).stream().map(TextParagraph::text).toList();
    }

    @Test
    void aHeadingThatFillsItsLineEndsWhereTheNextLineMustOpenASentence() {
        // "Victory in qualifier" leaves no room for "The", but "The" is capitalised only because a sentence starts.
        List<TextParagraph> ps = repair("Victory in qualifier\nThe national team won\nthe match on Saturday.\n");
        assertEquals(List.of("Victory in qualifier", "The national team won the match on Saturday."), ps.stream().map(TextParagraph::text).toList());
        assertEquals("heading", ps.get(0).role());
    }

    @Test
    void aFullUnpunctuatedLineRunsOnIntoANameAPronounOrAfterADanglingWord() {
        assertEquals(1, texts("The council will meet\nFriday to decide.\n").size());
        assertEquals(1, texts("Asked about it\nI said nothing.\n").size());
        assertEquals(1, texts("Residents of the\nHarbour district said no\nto the harbour plan.\n").size());
        // The document capitalises "Council" inside a sentence: a name here, so no sentence need start at it.
        assertEquals(1, texts("Officials from the Council met\non Monday. The mayor said\nCouncil members agreed.\n").size());
    }

    @Test
    void aLineWithASentenceEndInsideIsNoHeading() {
        // Without the full stop inside, "on Monday. The mayor said" would read as a two-line heading before "Members".
        List<String> ps = texts("Officials from the council met\non Monday. The mayor said\nMembers of the council agreed.\n");
        assertEquals(1, ps.size(), ps.toString());
    }

    @Test
    void aChineseFullLineWithoutPunctuationIsJoined() {
        // Chinese has no capitals to show a fresh start: an unpunctuated full line runs on.
        assertEquals(List.of("市场监管局负责人表示下一步将继续推进改革，今年以来我市持续优化环境。"),
                texts("市场监管局负责人表示下一步将继续推\n进改革，今年以来我市持续优化环境。\n"));
    }

    @Test
    void aShortHeadingBrokenIntoThreeLinesByANarrowColumnStaysWhole() {
        List<TextParagraph> ps = repair("Water\nsupply\nrestored\nThe pipes were\nrepaired on\nMonday after\nthe leak.\n");
        assertEquals(List.of("Water supply restored", "The pipes were repaired on Monday after the leak."), ps.stream().map(TextParagraph::text).toList());
        assertEquals("heading", ps.get(0).role());
    }

    @Test
    void threeUnpunctuatedLinesTooLongForAHeadingAreText() {
        String in = "Members of the harbour\nboard voted last night\nagainst the new plan\nWorkers at the port are\nangry about the vote.\n";
        assertEquals(1, texts(in).size());
    }

    @Test
    void aHeadingWhoseWordIsSplitByAHyphenIsOneHeading() {
        List<TextParagraph> ps = repair("What hap-\npens next\nSchools in the\narea will stay\nclosed.\n");
        assertEquals(List.of("What happens next", "Schools in the area will stay closed."), ps.stream().map(TextParagraph::text).toList());
        assertEquals("heading", ps.get(0).role());
    }

    @Test
    void theHeadOfAHyphenatedCompoundIsTheShortestPieceTheLineCouldHaveTaken() {
        // "First-" (6) would have fitted after "by the council." (15) in a column of 22: the line ended on purpose.
        assertEquals(List.of("The plan was approved by the council.", "First-time buyers will benefit from it."),
                texts("The plan was approved\nby the council.\nFirst-time buyers will\nbenefit from it.\n"));
        // After "by the council today." (21) not even "First-" fits: nothing shows a break.
        assertEquals(1, texts("The plan was approved\nby the council today.\nFirst-time buyers will\nbenefit from it.\n").size());
    }

    @Test
    void blankLinesAmongManyOneLineParagraphsStillBreak() {
        // Most gaps hold a blank line, but not every one: blank lines are paragraph breaks here.
        String en = "Short one.\n\nAnother short one.\n\n" + "The third paragraph runs over\ntwo lines and fills them all.\n\n".repeat(2)
                + "A fifth paragraph, also of\ntwo lines, ends early here.\n\n".repeat(3);
        List<String> ps = texts(en);
        assertEquals(7, ps.size(), ps.toString());
        assertEquals("The third paragraph runs over two lines and fills them all.", ps.get(2));
        String zh = "第一段只有一行。\n\n第二段也只有一行。\n\n" + "第三段有两行，第一行写得很满很\n满，第二行也写满了啊啊。\n\n".repeat(2)
                + "第五段也有两行，但是第二\n行短一点。\n\n".repeat(3);
        List<String> zps = texts(zh);
        assertEquals(7, zps.size(), zps.toString());
        assertEquals("第三段有两行，第一行写得很满很满，第二行也写满了啊啊。", zps.get(2));
    }

    @Test
    void aClosingQuoteOnALineOfItsOwnEndsTheSentenceBeforeIt() {
        String in = "他说：“贷款审批比以前快\n多了，帮了我们很大的忙。\n”\n这是我市运动员近五年来在\n该项赛事中取得的最好成\n绩。\n";
        assertEquals(List.of("他说：“贷款审批比以前快多了，帮了我们很大的忙。”", "这是我市运动员近五年来在该项赛事中取得的最好成绩。"), texts(in));
        // Not after a sentence end: the quote closes mid-sentence and the text runs on.
        String on = "他说：“贷款审批比以前快\n多了，帮了我们很大的忙啊\n”\n这是我市运动员近五年来在\n该项赛事中取得的最好成\n绩。\n";
        assertEquals(1, texts(on).size());
        // After a short line too: a closing mark never opens a paragraph.
        assertEquals(List.of("他说：“贷款审批比以前快多了。”", "这是我市运动员近五年来在该项赛事中取得的最好成绩。"),
                texts("他说：“贷款审批比以前快\n多了。\n”\n这是我市运动员近五年来在\n该项赛事中取得的最好成\n绩。\n"));
    }

    @Test
    void aShortOcrLineFollowsTheDocumentsSpacing() {
        // "15 个 。" has no two Chinese characters side by side to tell; the rest of the page is spaced out by OCR.
        String in = "古 城 景 区 推 出 夜 间 游 览 项 目 ， 受 到 年 轻 游 客 的 欢 迎 。 今 年 全 市 将 新\n建 社 区 卫 生 服 务 中 心\n15 个 。\n";
        assertEquals(List.of("古城景区推出夜间游览项目，受到年轻游客的欢迎。今年全市将新建社区卫生服务中心15个。"), texts(in));
        // In typeset text the source's space between Chinese and Latin stays.
        assertEquals(List.of("据统计，全市使用 GDP 指标衡量发展，共建成 15 个。"), texts("据统计，全市使用 GDP 指标衡量发展，共建成\n15 个。\n"));
    }

    @Test
    void mostlyOneLineParagraphsWithAWrappedFullLineAreStillWrappedText() {
        // Five of the eight lines end a sentence, but the widest line stops mid-word: the column wraps.
        String zh = "种粮大户李先生说，今年收成不错。\n\n市第一人民医院新门诊大楼日前投入使用。\n\n金融支持实体经济\n\n"
                + "参展企业表示，展会为开拓国际市场提供了重要平台。产\n业链不断完善。\n\n市政府常务会议研究部署了重点工作。\n\n"
                + "公司计划新招聘员工五百人，主要是技术工人。地铁公司提\n醒乘客合理安排出行时间。\n";
        List<String> ps = texts(zh);
        assertEquals(6, ps.size(), ps.toString());
        assertEquals("参展企业表示，展会为开拓国际市场提供了重要平台。产业链不断完善。", ps.get(3));
        String en = "The council met on Tuesday.\n\nResidents were divided.\n\nHarbour plan\n\n"
                + "The mayor described the vote as a turning point for the\nneighbourhood.\n\nCritics disagreed.\n\n"
                + "The work will start next spring and last at least four\nyears.\n";
        List<String> eps = texts(en);
        assertEquals(6, eps.size(), eps.toString());
        assertEquals("The mayor described the vote as a turning point for the neighbourhood.", eps.get(3));
    }

    @Test
    void textAlreadyOneParagraphPerLineKeepsItsLinesWhateverTheirLength() {
        String en = "Harbour plan approved\nThe council approved the plan on Tuesday after a long debate.\nResidents were divided.\n"
                + "The mayor said the vote was a turning point.\n";
        assertEquals(4, texts(en).size());
        String zh = "政务要闻\n今年以来，我市持续优化营商环境，出台了一系列政策措施。\n市场监管局负责人表示，下一步将继续推进改革。\n全市新增市场主体三千余户。\n";
        assertEquals(4, texts(zh).size());
    }
}
