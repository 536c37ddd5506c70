package org.broadsheet.layout;

import static org.broadsheet.layout.PageFixture.BODY;
import static org.broadsheet.layout.PageFixture.colX;
import static org.broadsheet.layout.PageFixture.spanW;
import static org.broadsheet.layout.GridLayoutTest.roleOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.broadsheet.model.Box;
import org.broadsheet.model.PageLayout;
import org.broadsheet.model.Region;
import org.broadsheet.model.Role;
import org.broadsheet.model.Word;
import org.junit.jupiter.api.Test;

/** Layout rules that old scanned pages need: noisy line boxes, full columns, tall nameplates with ears. */
class OldPageLayoutTest {
    private static final String TEXT = "城市地铁六号线今日开通运营全长三十二公里设站二十四座东西城区通勤时间缩短";

    @Test
    void aWordBoxReachingIntoTheLineAboveDoesNotBreakTheParagraph() {
        PageFixture f = new PageFixture(1900, 1400);
        for (int i = 0; i < 12; i++) {
            int y = 100 + i * 40;
            List<Word> ws = new ArrayList<>();
            for (int k = 0; k < 8; k++) {
                // A swash capital (or a speck read with it) reaching up into the previous line.
                Box b = i == 6 && k == 0 ? new Box(colX(0), y - 30, 44, BODY + 30) : new Box(colX(0) + k * 50, y, 44, BODY);
                ws.add(new Word("word" + k, b, 0.9));
            }
            f.words("line" + i, ws);
        }
        for (int c = 1; c < 4; c++) f.column(c, 100, 11, TEXT);
        PageLayout l = new GridLayout().analyze(f.text(), f.image());
        List<Region> col0 = l.regions().stream().filter(r -> r.box().x() < colX(1) - 40).toList();
        assertEquals(1, col0.size(), col0.stream().map(Region::box).toList().toString());
        assertEquals(12, col0.get(0).lines().size());
    }

    @Test
    void theLastLineOfAFullColumnIsTextNotFurniture() {
        PageFixture f = new PageFixture(1900, 1400);
        // 29 lines from y=70 put the last one at y=1330, inside the bottom margin band.
        for (int c = 0; c < 4; c++) f.column(c, 70, 29, TEXT);
        f.cjk("12", 1850, 1360, 20);
        PageLayout l = new GridLayout().analyze(f.text(), f.image());
        String last = lastLineText(28);
        assertEquals(Role.BODY, roleOf(l, last));
        assertEquals(Role.FURNITURE, roleOf(l, "12"));
    }

    @Test
    void aTallNameplateWithEarsIsClosedByTheRuleUnderItsDateRow() {
        PageFixture f = new PageFixture(1900, 1700);
        // Nameplate 8 body lines tall, ears of small text left and right, a date row, then rules.
        f.cjkCentred("城市日报", colX(1), spanW(2), 40, 200);
        for (int i = 0; i < 5; i++) {
            f.cjk(TEXT.substring(i, i + 8), colX(0), 60 + i * 40, 24);
            f.cjk(TEXT.substring(i + 10, i + 18), colX(3), 60 + i * 40, 24);
        }
        f.cjk("第三十二期", colX(0), 340, BODY);
        f.cjk("二〇二四年五月一日", colX(2), 340, BODY);
        f.hRule(colX(0), 420, spanW(4));
        for (int c = 0; c < 4; c++) f.column(c, 460, 24, TEXT);
        PageLayout l = new GridLayout().analyze(f.text(), f.image());
        assertEquals(Role.MASTHEAD, roleOf(l, TEXT.substring(2, 10)));
        assertEquals(Role.MASTHEAD, roleOf(l, "第三十二期"));
        assertEquals(Role.BODY, roleOf(l, TEXT.substring(0, 12)));
    }

    @Test
    void aFolioRowAboveTheNameAndAWornRuleBelowItFrameTheNameplate() {
        PageFixture f = new PageFixture(1900, 1700);
        f.cjk("第三五六号第一张星期五城市日报社出版第七十年第二百期", colX(0), 20, 42);
        f.cjkCentred("城市日报", colX(0), spanW(4), 100, 200);
        // The closing rule, worn into pieces none of which is half the page wide.
        for (int x = colX(0); x < colX(0) + spanW(4); x += 420) f.hRule(x, 340, 380);
        for (int c = 0; c < 4; c++) f.column(c, 380, 24, TEXT);
        PageLayout l = new GridLayout().analyze(f.text(), f.image());
        assertEquals(Role.MASTHEAD, roleOf(l, "城市日报"));
        assertEquals(Role.MASTHEAD, roleOf(l, "第三五六号"));
        assertEquals(Role.BODY, roleOf(l, TEXT.substring(0, 12)));
    }

    @Test
    void aFolioRowReadInPiecesAndAWarpedRuleFrameTheNameplateToo() {
        PageFixture f = new PageFixture(1900, 1700);
        // The folio row as three pieces, none of them much of the page wide.
        f.cjk("第三五六号", colX(0), 20, 42);
        f.cjk("第七十年", colX(1) + 100, 20, 42);
        f.cjk("星期五十二月", colX(3), 20, 42);
        f.cjkCentred("城市日报", colX(0), spanW(4), 100, 200);
        // The closing rule in pieces that climb across the page by most of a line.
        for (int i = 0, x = colX(0); x < colX(0) + spanW(4); x += 420, i++) f.hRule(x, 330 + i * 6, 380);
        for (int c = 0; c < 4; c++) f.column(c, 380, 24, TEXT);
        PageLayout l = new GridLayout().analyze(f.text(), f.image());
        assertEquals(Role.MASTHEAD, roleOf(l, "城市日报"));
        assertEquals(Role.MASTHEAD, roleOf(l, "第七十年"));
        assertEquals(Role.BODY, roleOf(l, TEXT.substring(0, 12)));
    }

    @Test
    void aRuleReadAsDashesIsNoText() {
        PageFixture f = new PageFixture(1900, 1400);
        for (int c = 0; c < 4; c++) f.column(c, 100, 12, TEXT);
        f.hRule(colX(0), 660, spanW(4));
        f.latin("—— _—— ——", colX(1), 655, 12);
        for (int c = 0; c < 4; c++) f.column(c, 700, 12, TEXT);
        PageLayout l = new GridLayout().analyze(f.text(), f.image());
        assertTrue(l.regions().stream().flatMap(r -> r.lines().stream()).noneMatch(x -> x.text().contains("——")));
    }

    @Test
    void aTallLookingLineOfLowerCaseWordsFillingItsColumnIsBody() {
        // An old English page: every column is Latin body text (type sizes are compared within a script's metrics).
        PageFixture f = new PageFixture(1900, 1400);
        for (int c = 0; c < 4; c++) {
            for (int i = 0; i < 20; i++) {
                int y = 100 + i * 45;
                // Line 8 of the first column is warped on the scan: its boxes come out half as tall again.
                boolean warped = c == 0 && i == 8;
                int h = warped ? BODY * 3 / 2 : BODY;
                List<Word> ws = new ArrayList<>();
                for (int k = 0; k < 8; k++) ws.add(new Word(k == 0 ? "warped" + i : "words", new Box(colX(c) + k * 50, y, 44, h), 0.9));
                f.words(warped ? "warped line of plain lower case words here" : "plain line " + c + "." + i, ws);
            }
        }
        f.latin("Fire Destroys Block", colX(0), 1040, BODY * 3 / 2);
        PageLayout l = new GridLayout().analyze(f.text(), f.image());
        assertEquals(Role.BODY, roleOf(l, "warped line"));
        assertEquals(Role.HEADLINE, roleOf(l, "Fire Destroys"));
    }

    private static String lastLineText(int i) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < 12; k++) sb.append(TEXT.charAt((i * 7 + k) % TEXT.length()));
        return sb.toString();
    }
}
