package org.broadsheet.layout;

import static org.broadsheet.layout.PageFixture.BODY;
import static org.broadsheet.layout.PageFixture.COL;
import static org.broadsheet.layout.PageFixture.colX;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.broadsheet.model.Box;
import org.broadsheet.model.Word;
import org.junit.jupiter.api.Test;

class ColumnGridTest {
    private static final String TEXT = "城市地铁六号线今日开通运营全长三十二公里设站二十四座东西城区通勤时间缩短";

    private static List<Box> columns(PageFixture f) {
        return new GridLayout().analyze(f.text(), f.image()).columns();
    }

    private static void assertColumnsAt(List<Box> cols, int... starts) {
        assertEquals(starts.length, cols.size(), cols.toString());
        for (int i = 0; i < starts.length; i++) {
            assertTrue(Math.abs(cols.get(i).x() - starts[i]) < 10, "column " + i + " at " + cols.get(i));
        }
    }

    @Test
    void aTableRuleInsideOneColumnDoesNotSplitItForTheWholePage() {
        PageFixture f = new PageFixture(1900, 1600);
        int y = f.column(0, 100, 10, TEXT);
        // A two-cell table in column 0 with a rule down its middle.
        int mid = colX(0) + COL / 2;
        for (int i = 0; i < 6; i++) {
            f.cjk(TEXT.substring(i, i + 5), colX(0), y + i * 45, BODY);
            f.cjk(TEXT.substring(i + 9, i + 14), mid + 20, y + i * 45, BODY);
        }
        f.vRule(mid, y - 10, 6 * 45 + 10);
        f.column(0, y + 6 * 45 + 20, 10, TEXT);
        for (int c = 1; c < 4; c++) f.column(c, 100, 26, TEXT);
        assertColumnsAt(columns(f), colX(0), colX(1), colX(2), colX(3));
    }

    @Test
    void strokesOfBigNameplateLettersAreNoGutters() {
        PageFixture f = new PageFixture(1900, 1600);
        // Thick upright strokes of a nameplate's letters, found as vertical rules above the text.
        for (int x = 160; x < 1800; x += 170) f.vRule(x, 20, 180);
        for (int c = 0; c < 4; c++) f.column(c, 260, 24, TEXT);
        assertColumnsAt(columns(f), colX(0), colX(1), colX(2), colX(3));
    }

    @Test
    void aRuleBetweenColumnsStillSeparatesThem() {
        PageFixture f = new PageFixture(1900, 1600);
        for (int c = 0; c < 4; c++) f.column(c, 100, 24, TEXT);
        // A full-width line above the rule does not make it a table rule.
        f.vRule(colX(1) - 20, 200, 900);
        assertColumnsAt(columns(f), colX(0), colX(1), colX(2), colX(3));
    }

    @Test
    void aTightGutterThatAFewCurledLinesReachIntoIsStillAGutter() {
        // Old papers set columns a word space apart; on a curled scan some lines' words reach into it.
        PageFixture f = new PageFixture(1900, 1600);
        int gap = 12, w = COL;
        for (int c = 0; c < 3; c++) {
            int x = 100 + c * (w + gap);
            for (int i = 0; i < 24; i++) {
                int y = 100 + i * 45;
                // Every third line of the first two columns ends in a mark whose box reaches past the gutter.
                int reach = c < 2 && i % 3 == 0 ? gap + 4 : 0;
                List<Word> ws = new ArrayList<>();
                for (int k = 0; k < 11; k++) ws.add(new Word(TEXT.substring(i % 5 + k, i % 5 + k + 1), new Box(x + k * 33, y, BODY, BODY), 0.9));
                ws.add(new Word("，", new Box(x + 11 * 33, y, w - 11 * 33 + reach, BODY), 0.9));
                f.words(TEXT.substring(i % 5, i % 5 + 11) + "，", ws);
            }
        }
        List<Box> cols = columns(f);
        assertEquals(3, cols.size(), cols.toString());
    }

    @Test
    void wordSpacesLiningUpInsideAColumnAreNoGutter() {
        PageFixture f = new PageFixture(1900, 1600);
        // Latin lines whose word spaces fall at the same x on half the lines.
        for (int i = 0; i < 24; i++) {
            int y = 100 + i * 45;
            if (i % 2 == 0) f.latin("members agreed on it now", colX(0), y, BODY);
            else f.latin("the work should begin", colX(0), y, BODY);
        }
        for (int c = 1; c < 3; c++) f.column(c, 100, 24, TEXT);
        assertColumnsAt(columns(f), colX(0), colX(1), colX(2));
    }
}
