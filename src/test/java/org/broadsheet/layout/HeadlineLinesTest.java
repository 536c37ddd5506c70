package org.broadsheet.layout;

import static org.broadsheet.layout.PageFixture.BODY;
import static org.broadsheet.layout.PageFixture.COL;
import static org.broadsheet.layout.PageFixture.colX;
import static org.broadsheet.layout.PageFixture.spanW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.broadsheet.model.Box;
import org.broadsheet.model.Line;
import org.broadsheet.model.PageLayout;
import org.broadsheet.model.Region;
import org.broadsheet.model.Role;
import org.broadsheet.model.Word;
import org.junit.jupiter.api.Test;

/** How headline lines are measured, cut and stacked. */
class HeadlineLinesTest {
    private static final String TEXT = "城市地铁六号线今日开通运营全长三十二公里设站二十四座东西城区通勤时间缩短";
    private static final String EN = "the council met on monday and agreed that the work should begin in spring";

    private static Word w(String text, int x, int y, int width, int h) {
        return new Word(text, new Box(x, y, width, h), 0.9);
    }

    @Test
    void latinWordsOfOneTypeHaveOneSizeWhateverTheirLetters() {
        // Same 60 px type: "Near" shows cap height only, "Completion" ascenders and descenders.
        Line near = new Line("a", "Near", new Box(0, 0, 130, 42), List.of(w("Near", 0, 0, 130, 42)), 0.9, false);
        Line compl = new Line("b", "Completion", new Box(0, 0, 300, 55), List.of(w("Completion", 0, 0, 300, 55)), 0.9, false);
        Line seen = new Line("c", "seen", new Box(0, 0, 120, 29), List.of(w("seen", 0, 0, 120, 29)), 0.9, false);
        double a = TypeSize.of(near), b = TypeSize.of(compl), c = TypeSize.of(seen);
        assertTrue(Math.abs(a / b - 1) < 0.1 && Math.abs(c / b - 1) < 0.1, a + " " + b + " " + c);
    }

    @Test
    void chineseLineIsNoLargerThanItsCharactersAdvance() {
        // Engines sometimes draw Chinese glyph boxes twice as tall as the glyphs; the advance tells the truth.
        PageFixture f = new PageFixture(1900, 1400);
        f.cjk("一荤两素一个汤", 100, 100, BODY);
        Line l = f.text().lines().get(0);
        List<Word> tall = l.words().stream().map(x -> new Word(x.text(), new Box(x.box().x(), 80, x.box().w(), 2 * BODY), 0.9)).toList();
        Line bloated = new Line("x", l.text(), new Box(l.box().x(), 80, l.box().w(), 2 * BODY), tall, 0.9, false);
        assertTrue(TypeSize.of(bloated) < BODY * 1.2, "size " + TypeSize.of(bloated));
    }

    @Test
    void englishHeadlineWrappedWordByWordStaysOneHeadlineUnderItsKicker() {
        PageFixture f = new PageFixture(1900, 1600);
        int x = colX(1), y = 100;
        f.words(w("SHIPPING", x, y, 120, 20), w("NEWS", x + 130, y, 70, 20));
        // Headline type of about 60 px em: heights follow the letters as engines report them.
        f.words(w("Harbour", x, y += 45, 220, 42));
        f.words(w("Improvements", x, y += 70, 360, 55));
        f.words(w("Near", x, y += 70, 120, 42));
        f.words(w("Completion", x, y += 70, 290, 55));
        int bodyTop = y + 90;
        for (int c = 0; c < 3; c++) latinColumn(f, c, bodyTop, 24);
        PageLayout l = new GridLayout().analyze(f.text(), f.image());
        List<Region> heads = l.regions().stream().filter(r -> r.role() == Role.HEADLINE).toList();
        assertEquals(1, heads.size(), heads.toString());
        assertEquals(4, heads.get(0).lines().size());
        assertEquals(Role.KICKER, roleOf(l, "SHIPPING NEWS"));
    }

    @Test
    void aFullMeasureLineOfBodyTypeAboveAHeadlineIsNotItsKicker() {
        // An ear line set across the column (an old paper's latitude and longitude) right above a head.
        PageFixture f = new PageFixture(1900, 1600);
        int x = colX(1), y = 100;
        f.words(w("LAT.", x, y, 60, 24), w("40", x + 75, y, 40, 24), w("45", x + 130, y, 40, 24), w("44", x + 185, y, 40, 24),
                w("LON.", x + 300, y, 70, 24), w("111", x + 385, y, 55, 24), w("26", x + 455, y, 40, 24), w("34", x + 510, y, 40, 24));
        f.words(w("Harbour", x + 60, y += 50, 220, 42), w("News", x + 300, y, 150, 42));
        int bodyTop = y + 90;
        for (int c = 0; c < 3; c++) latinColumn(f, c, bodyTop, 24);
        PageLayout l = new GridLayout().analyze(f.text(), f.image());
        assertEquals(Role.HEADLINE, roleOf(l, "Harbour News"));
        assertEquals(Role.BODY, roleOf(l, "LAT. 40 45 44 LON. 111 26 34"));
    }

    @Test
    void aLoneTallWordWithNoHeadlineBesideItStaysBody() {
        PageFixture f = new PageFixture(1900, 1600);
        for (int c = 0; c < 3; c++) latinColumn(f, c, 100, 24);
        // One word in a blank stretch of a column, its box drawn a half taller than body type.
        f.words(w("Wanted", colX(1), 1000, 150, 48));
        PageLayout l = new GridLayout().analyze(f.text(), f.image());
        assertEquals(Role.BODY, roleOf(l, "Wanted"));
    }

    @Test
    void ruleReadAsABarSplitsTwoHeadlinesSideBySide() {
        PageFixture f = new PageFixture(1900, 1600);
        int size = 70, y = 100, rule = colX(2) - 20;
        f.vRule(rule, 80, 1400);
        // One OCR line over two headlines: the rule between them was read as "|".
        f.words(w("古代", colX(1) + 10, y, 150, size), w("丝绸", colX(1) + 160, y, 150, size), w("展", colX(1) + 310, y, 70, size),
                w("|", rule - 8, y - 5, 24, size + 10),
                w("麦收", colX(2) + 10, y, 150, size), w("时节", colX(2) + 160, y, 150, size));
        for (int c = 0; c < 4; c++) f.column(c, 300, 20, TEXT);
        PageLayout l = new GridLayout().analyze(f.text(), f.image());
        List<Region> heads = l.regions().stream().filter(r -> r.role() == Role.HEADLINE).toList();
        assertEquals(2, heads.size(), heads.toString());
        for (Region r : heads) assertFalse(r.lines().get(0).text().contains("|"), r.lines().get(0).text());
    }

    @Test
    void kickerReadAsTwoPiecesAcrossAGutterIsOneKicker() {
        PageFixture f = new PageFixture(1900, 1600);
        // Kicker centred over two columns; the engine cut it at the gutter.
        f.cjk("全长三十二公里", colX(1) - 260, 100, BODY);
        f.cjk("设站二十四座", colX(1) + 20, 100, BODY);
        f.cjkCentred("城市地铁六号线今日开通运营", colX(0), spanW(2), 160, 70);
        for (int c = 0; c < 4; c++) f.column(c, 300, 20, TEXT);
        PageLayout l = new GridLayout().analyze(f.text(), f.image());
        assertEquals(Role.KICKER, roleOf(l, "全长三十二公里"));
        assertEquals(Role.KICKER, roleOf(l, "设站二十四座"));
    }

    @Test
    void aLineOfNothingButAThinBarIsNoText() {
        PageFixture f = new PageFixture(1900, 1600);
        for (int c = 0; c < 4; c++) f.column(c, 100, 20, TEXT);
        f.words(w("|", colX(2) - 20, 400, 2, BODY));
        PageLayout l = new GridLayout().analyze(f.text(), f.image());
        assertTrue(l.regions().stream().flatMap(r -> r.lines().stream()).noneMatch(x -> x.text().equals("|")));
    }

    @Test
    void bylinesNeedANameAfterBy() {
        assertTrue(Patterns.byline("By JOHN SMITH"));
        assertTrue(Patterns.byline("by Mary Johnson"));
        assertFalse(Patterns.byline("by the evening. The"));
        assertFalse(Patterns.byline("from the city are likely to"));
    }

    @Test
    void chineseBylineCentredUnderAWideHeadlineIsABylineEvenWhenLong() {
        PageFixture f = new PageFixture(1900, 1400);
        f.cjkCentred("城市地铁六号线开通", colX(0), spanW(3), 100, 80);
        // Wider than most of a column, but clear of both its edges: centred under the headline.
        f.cjkCentred("本报记者 王涛 于翔", colX(1), COL, 220, BODY);
        for (int c = 0; c < 3; c++) f.column(c, 300, 16, TEXT);
        PageLayout l = new GridLayout().analyze(f.text(), f.image());
        assertEquals(Role.BYLINE, roleOf(l, "本报记者"));
    }

    private static void latinColumn(PageFixture f, int c, int y, int n) {
        String[] words = EN.split(" ");
        for (int i = 0; i < n; i++) {
            StringBuilder sb = new StringBuilder();
            for (int k = 0; k < 7; k++) sb.append(k == 0 ? "" : " ").append(words[(i * 3 + k) % words.length]);
            f.latin(sb.toString(), colX(c), y, BODY);
            y += BODY * 5 / 4;
        }
    }

    private static Role roleOf(PageLayout l, String text) {
        return l.regions().stream().filter(r -> r.lines().stream().anyMatch(x -> x.text().contains(text)))
                .map(Region::role).findFirst().orElseThrow(() -> new AssertionError("no region with " + text));
    }
}
