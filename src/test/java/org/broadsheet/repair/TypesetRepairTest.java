package org.broadsheet.repair;

import org.broadsheet.dictionary.EnglishLexicon;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.broadsheet.model.Article;
import org.broadsheet.model.ArticleDraft;
import org.broadsheet.model.Box;
import org.broadsheet.model.Line;
import org.broadsheet.model.Region;
import org.broadsheet.model.Role;
import org.broadsheet.model.TextParagraph;
import org.broadsheet.model.Word;
import org.junit.jupiter.api.Test;

/**
 * Lines from a PDF text layer (words with a font size) are the paper's own text: the repairs meant
 * for OCR output (spaces between Chinese characters, half-width punctuation) must leave them alone,
 * while the same lines from OCR still get them.
 */
class TypesetRepairTest {
    private static final ParagraphRepairer REPAIRER = new ParagraphRepairer(EnglishLexicon::installed);
    private int lineNo;

    /** Chinese line, one word per character (spaces become gaps), 20 px glyphs; {@code fontSize} 0 as OCR reports. */
    private Line zh(String text, int y, int indentChars, double fontSize) {
        List<Word> words = new ArrayList<>();
        int x = indentChars * 20;
        for (int cp : text.codePoints().toArray()) {
            String s = new String(Character.toChars(cp));
            int w = cp < 0x2000 ? 10 : 20;
            if (!s.isBlank()) words.add(new Word(s, new Box(x, y, w, 18), 1.0, fontSize, false));
            x += w;
        }
        return new Line("l" + (++lineNo), text, Box.unionOf(words.stream().map(Word::box).toList()), words, 1.0, false);
    }

    private Article article(double fontSize) {
        Region head = region("h", Role.HEADLINE, List.of(zh("地铁新线开通", 0, 0, fontSize == 0 ? 0 : 40)));
        Region body = region("b", Role.BODY, List.of(
                zh("本报讯（记者 王晓明）六号线今日", 40, 2, fontSize),
                zh("开通,全长三十二公里,设二十四座", 62, 0, fontSize),
                zh("车站。", 84, 0, fontSize)));
        return REPAIRER.repair(new ArticleDraft(1, List.of(head, body), List.of(0)), "a");
    }

    private static Region region(String id, Role role, List<Line> lines) {
        return new Region(id, role, Box.unionOf(lines.stream().map(Line::box).toList()), lines, 0, 0, false);
    }

    @Test
    void textLayerLinesKeepTheirSpacesAndPunctuation() {
        Article a = article(20);
        assertEquals(List.of("本报讯（记者 王晓明）六号线今日开通,全长三十二公里,设二十四座车站。"),
                a.paragraphs().stream().map(TextParagraph::text).toList());
    }

    @Test
    void ocrLinesStillGetTheirChineseRepairs() {
        Article a = article(0);
        assertEquals(List.of("本报讯（记者王晓明）六号线今日开通，全长三十二公里，设二十四座车站。"),
                a.paragraphs().stream().map(TextParagraph::text).toList());
    }

    @Test
    void aLineIsTypesetOnlyWhenEveryWordHasAFontSize() {
        Line pdf = zh("本报讯", 0, 0, 20);
        Line ocr = zh("本报讯", 0, 0, 0);
        assertEquals(true, LineFixes.typeset(pdf));
        assertEquals(false, LineFixes.typeset(ocr));
        assertEquals(false, LineFixes.typeset(new Line("e", "", new Box(0, 0, 1, 1), List.of(), 1, false)));
    }
}
