package org.broadsheet.repair;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.broadsheet.dictionary.EnglishLexicon;
import org.broadsheet.model.Article;
import org.broadsheet.model.ArticleDraft;
import org.broadsheet.model.Line;
import org.broadsheet.model.Region;
import org.broadsheet.model.Role;
import org.broadsheet.model.TextParagraph;
import org.junit.jupiter.api.Test;

/** Paragraph cues measured on line boxes: leading among many short paragraphs, long single words, full headings. */
class ParagraphRepairerCuesTest {
    private static final ParagraphRepairer REPAIRER = new ParagraphRepairer(EnglishLexicon::installed);
    private final PageLines page = new PageLines();

    private static List<String> texts(Region... regions) {
        List<Integer> columns = new ArrayList<>();
        for (int i = 0; i < regions.length; i++) columns.add(i);
        Article a = REPAIRER.repair(new ArticleDraft(1, List.of(regions), columns), "a");
        return a.paragraphs().stream().map(TextParagraph::text).toList();
    }

    /** Chinese lines 30 px apart, except where a paragraph gap doubles the pitch before a line. */
    private Region chinese(List<String> lines, List<Integer> gapsBefore) {
        List<Line> out = new ArrayList<>();
        int y = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (gapsBefore.contains(i)) y += 30;
            out.add(page.zh(lines.get(i), 0, y, 0));
            y += 30;
        }
        return PageLines.region("r", Role.BODY, out);
    }

    @Test
    void extraLeadingBreaksParagraphsEvenWhenMostGapsAreParagraphGaps() {
        // Every line is full, so only the leading shows the breaks; most leadings are paragraph gaps.
        List<String> lines = List.of("全市粮食总产量连续五年稳定。", "城镇新增就业人数完成了目标。", "外贸进出口总额保持着平稳增长",
                "，对沿线国家的出口增长明显。", "机场旅客吞吐量再创历史新高。", "古城景区推出夜间游览新项目。");
        assertEquals(List.of("全市粮食总产量连续五年稳定。", "城镇新增就业人数完成了目标。", "外贸进出口总额保持着平稳增长，对沿线国家的出口增长明显。",
                "机场旅客吞吐量再创历史新高。", "古城景区推出夜间游览新项目。"), texts(chinese(lines, List.of(1, 2, 4, 5))));
        // The same wide leading between every line is the page's spacing, not a break.
        assertEquals(1, texts(chinese(lines, List.of(1, 2, 3, 4, 5))).size());
    }

    @Test
    void extraLeadingBreaksLatinParagraphsAmongManyShortOnes() {
        List<Line> out = new ArrayList<>();
        String[] lines = {"The council approved the plan.", "Residents welcomed it warmly.", "The mayor said that this plan",
                "was the best one for the city.", "Critics said it costs far more.", "The work will start in spring."};
        int[] ys = {0, 40, 80, 100, 140, 180};
        for (int i = 0; i < lines.length; i++) out.add(page.en(lines[i], 0, ys[i], 0));
        assertEquals(List.of("The council approved the plan.", "Residents welcomed it warmly.",
                "The mayor said that this plan was the best one for the city.", "Critics said it costs far more.",
                "The work will start in spring."), texts(PageLines.region("r", Role.BODY, out)));
    }

    @Test
    void singleWordsStickingOutOfANarrowColumnDoNotWidenIt() {
        // A 16-character column; two words too long for it stick out. "passed today." then leaves no room for "The".
        String[] lines = {"The council said", "the plan was", "disproportionately", "expensive but it", "uncharacteristically",
                "passed today.", "The mayor was", "pleased with it."};
        List<Line> out = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) out.add(page.en(lines[i], 0, i * 20, 0));
        assertEquals(1, texts(PageLines.region("r", Role.BODY, out)).size());
    }

    @Test
    void aHeadingFillingItsLineEndsWhereTheNextLineMustOpenASentence() {
        Region body = PageLines.region("r", Role.BODY, List.of(
                page.en("Victory in the qualifier", 0, 0, 0),
                page.en("The national team won the", 0, 20, 0),
                page.en("match on Saturday, and the", 0, 40, 0),
                page.en("coach praised the players.", 0, 60, 0)));
        Article a = REPAIRER.repair(new ArticleDraft(1, List.of(body), List.of(0)), "a");
        assertEquals(List.of("Victory in the qualifier", "The national team won the match on Saturday, and the coach praised the players."),
                a.paragraphs().stream().map(TextParagraph::text).toList());
        assertEquals("subhead", a.paragraphs().get(0).role());
        // A full line running on into a name is one sentence.
        Region name = PageLines.region("r", Role.BODY, List.of(
                page.en("The national team will meet", 0, 0, 0),
                page.en("Friday to decide on the new", 0, 20, 0),
                page.en("coach, officials said today.", 0, 40, 0)));
        assertEquals(1, texts(name).size());
    }
}
