package org.broadsheet.repair;

import org.broadsheet.dictionary.EnglishLexicon;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.broadsheet.model.TextParagraph;
import org.junit.jupiter.api.Test;

class TextRepairTest {
    private static List<String> texts(String input) {
        return new TextRepair(EnglishLexicon::installed).run(input).paragraphs().stream().map(TextParagraph::text).toList();
    }

    @Test
    void chineseLinesJoinWithoutSpacesAndBreakAtIndents() {
        String in = "　　今年以来，我市持续优化营\n商环境，出台了一系列政策措\n施。截至6月底，全市新增市场\n主体3,000余户。\n"
                + "　　市场监管局负责人表示，下\n一步将继续推进改革。\n";
        assertEquals(List.of("今年以来，我市持续优化营商环境，出台了一系列政策措施。截至6月底，全市新增市场主体3,000余户。",
                "市场监管局负责人表示，下一步将继续推进改革。"), texts(in));
    }

    @Test
    void latinLinesJoinWithOneSpaceAndBreakAfterAShortSentenceEnd() {
        String in = "The council approved the plan\non Tuesday after a long debate\nin the chamber.\n"
                + "Residents who attended were\ndivided over the proposal, and\nsome left early.\n";
        assertEquals(List.of("The council approved the plan on Tuesday after a long debate in the chamber.",
                "Residents who attended were divided over the proposal, and some left early."), texts(in));
    }

    @Test
    void aSentenceEndThatFillsTheLineDoesNotBreak() {
        // "debate." ends a sentence but the line is full: the next word would not have fitted.
        String in = "The council approved the plan\nafter a long and bitter debate.\nResidents who attended were\ndivided over the proposal.\n";
        assertEquals(List.of("The council approved the plan after a long and bitter debate. Residents who attended were divided over the proposal."),
                texts(in));
    }

    @Test
    void aSentenceEndThatFillsAChineseLineDoesNotBreak() {
        String in = "据统计，上半年全市地区生产总\n值增长5.2%，高于全国平均值。\n其中，第三产业增加值占比达到\n58%，比去年同期提高。\n";
        assertEquals(List.of("据统计，上半年全市地区生产总值增长5.2%，高于全国平均值。其中，第三产业增加值占比达到58%，比去年同期提高。"),
                texts(in));
    }

    @Test
    void headingsStayParagraphsOfTheirOwn() {
        String in = "Harbour plan approved\n\nThe city council on Tuesday\napproved a plan to rebuild the\nharbour.\nBackground\n"
                + "The harbour was closed in\n1998 after the port moved\nsouth.\n";
        List<TextParagraph> ps = new TextRepair(EnglishLexicon::installed).run(in).paragraphs();
        assertEquals(List.of("Harbour plan approved", "The city council on Tuesday approved a plan to rebuild the harbour.",
                "Background", "The harbour was closed in 1998 after the port moved south."), ps.stream().map(TextParagraph::text).toList());
        assertEquals("heading", ps.get(0).role());
        assertNull(ps.get(1).role());
        assertEquals("heading", ps.get(2).role());
        assertEquals(List.of("L3", "L4", "L5"), ps.get(1).lineIds());
    }

    @Test
    void chineseHeadingsAndBylines() {
        String in = "优优化化营营商商环环境境\n本报记者　张三\n　　今年以来，我市持续优化营\n商环境。\n新 闻 链 接\n　　据统计，上半年全市GDP增\n长5.2%。\n";
        List<TextParagraph> ps = new TextRepair(EnglishLexicon::installed).run(in).paragraphs();
        assertEquals(List.of("优化营商环境", "本报记者　张三", "今年以来，我市持续优化营商环境。", "新闻链接", "据统计，上半年全市GDP增长5.2%。"),
                ps.stream().map(TextParagraph::text).toList());
        assertEquals("heading", ps.get(0).role());
        assertEquals("byline", ps.get(1).role());
        assertEquals("heading", ps.get(3).role());
    }

    @Test
    void blankLinesBetweenEveryLineAreNotParagraphBreaks() {
        String in = "　　今年以来，我市持续优化营\n\n商环境，出台了一系列政策措\n\n施。\n\n　　市场监管局负责人表示，下\n\n一步将继续推进改革。\n";
        assertEquals(List.of("今年以来，我市持续优化营商环境，出台了一系列政策措施。", "市场监管局负责人表示，下一步将继续推进改革。"), texts(in));
        String en = "The council approved the plan\n\non Tuesday after a long debate\n\nin the chamber.\n\nResidents who attended were\n\ndivided over the proposal.\n";
        assertEquals(List.of("The council approved the plan on Tuesday after a long debate in the chamber.",
                "Residents who attended were divided over the proposal."), texts(en));
    }

    @Test
    void blankLinesThatAreRareAreParagraphBreaks() {
        String in = "The council approved the plan\non Tuesday after a long debate\nin the chamber.\n\n"
                + "Residents who attended were\ndivided over the proposal, and\nsome of them left early after\nthe vote was taken by the mayor.\n\nThe third paragraph is here.\n";
        assertEquals(3, texts(in).size());
    }

    @Test
    void verticalCaptionOneCharacterPerLineBecomesOneLine() {
        String in = "　　今年以来，我市持续优化营\n商环境。\n图\n为\n新\n建\n成\n的\n大\n桥\n　　市场监管局负责人表示，下\n一步将继续推进改革。\n";
        List<TextParagraph> ps = new TextRepair(EnglishLexicon::installed).run(in).paragraphs();
        assertEquals(List.of("今年以来，我市持续优化营商环境。", "图为新建成的大桥", "市场监管局负责人表示，下一步将继续推进改革。"),
                ps.stream().map(TextParagraph::text).toList());
        assertEquals("caption", ps.get(1).role());
        assertEquals(8, ps.get(1).lineIds().size());
    }

    @Test
    void ocrSpacesAndHalfWidthPunctuationAreRepaired() {
        String in = "中 国 人 民 银 行 表 示 , 将 继 续\n实 施 稳 健 的 货 币 政 策 。\n";
        assertEquals(List.of("中国人民银行表示，将继续实施稳健的货币政策。"), texts(in));
    }

    @Test
    void latinInsideChineseKeepsItsSpaces() {
        String in = "　　他在发布会上说 Hello, world\n以示欢迎,会议于 10:30 开始。\n";
        assertEquals(List.of("他在发布会上说 Hello, world 以示欢迎，会议于 10:30 开始。"), texts(in));
    }

    @Test
    void lineBreakBetweenChineseAndLatinFollowsTheDocumentsHabit() {
        String in = "　　据统计，上半年全市GDP增长\n5.2%，第三产业增加值占比达到\n58%。\n";
        assertEquals(List.of("据统计，上半年全市GDP增长5.2%，第三产业增加值占比达到58%。"), texts(in));
    }

    @Test
    void dehyphenatesAndRecordsEveryDecision() {
        String in = "The vote was a major exam-\nple of cooperation between the\ntwo parties on the well-\nknown plan for COVID-\n19 relief.\n";
        RepairResult r = new TextRepair(EnglishLexicon::installed).run(in);
        assertEquals(List.of("The vote was a major example of cooperation between the two parties on the well-known plan for COVID-19 relief."),
                r.paragraphs().stream().map(TextParagraph::text).toList());
        assertEquals(3, r.hyphenations().size());
        assertEquals("L1", r.hyphenations().get(0).lineId());
        assertEquals(List.of(true, false, false), r.hyphenations().stream().map(h -> h.hyphenRemoved()).toList());
    }

    @Test
    void textAlreadyOneParagraphPerLineStaysSo() {
        String in = "The council approved the plan on Tuesday.\nResidents were divided.\nThe mayor said the vote was a turning point for the city and its harbour.\n";
        assertEquals(3, texts(in).size());
    }

    @Test
    void rendersParagraphsSeparatedByBlankLines() {
        RepairResult r = new TextRepair(EnglishLexicon::installed).run("Harbour plan approved\n\nThe city council approved\nthe plan.\n");
        assertEquals("Harbour plan approved\n\nThe city council approved the plan.\n", r.render());
    }
}
