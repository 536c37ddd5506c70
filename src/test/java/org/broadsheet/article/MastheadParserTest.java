package org.broadsheet.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.broadsheet.layout.GridLayout;
import org.broadsheet.layout.PageFixture;
import org.broadsheet.model.IssueMeta;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MastheadParserTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2025年7月2日 星期三 农历六月初八 第3290期|2025-07-02|3290|",
            "2024年8月16日　星期五　第18532號|2024-08-16|18532|",
            "第12卷 第7期 2001年 12月 9日|2001-12-09|7|12",
            "JUNE 15, 1850.   VOL. 1 - NO. 1|1850-06-15|1|1",
            "G. S. L. CITY, DESERET, JUNE 15, 1850. VOL, I.-- NO, I.|1850-06-15|1|1",
            "Saturday, December 22nd, 1890  No. 356|1890-12-22|356|",
            "SEPT. 3, 1901 VOLUME XII NUMBER 4|1901-09-03|4|12",
            "Tuesday 11 June 1939 Vol. 160|1939-06-11||160",
            "JUNE 1S, 185O|1850-06-15||",
            "2023-03-05 Ausgabe|2023-03-05||",
    })
    void readsDatesIssuesAndVolumes(String text, String date, String issue, String volume) {
        IssueMeta m = MastheadParser.parse(text);
        assertEquals(date, m.date(), "date of " + text);
        assertEquals(issue, m.issueNumber(), "issue of " + text);
        assertEquals(volume, m.volume(), "volume of " + text);
    }

    @Test
    void aDatelineCutIntoPiecesIsReadRowByRow() {
        // The dateline row as OCR gives it, cut at column rules into pieces listed out of order.
        java.util.List<org.broadsheet.model.Line> lines = java.util.List.of(
                piece("1850.", 1797, 409, 138), piece("G. S. L. CITY, DESERET, J", 792, 423, 756),
                piece("UNE 15,", 1555, 424, 216), piece("VOL, I.--NO. I.", 2082, 415, 441),
                piece("DESERET NEWS.", 95, 111, 2510));
        String rows = MastheadParser.rows(lines);
        assertEquals("DESERET NEWS.\nG. S. L. CITY, DESERET, JUNE 15, 1850. VOL, I.--NO. I.\n", rows);
        assertEquals("1850-06-15", MastheadParser.parse(rows).date());
    }

    private static org.broadsheet.model.Line piece(String text, int x, int y, int w) {
        org.broadsheet.model.Box b = new org.broadsheet.model.Box(x, y, w, 41);
        return new org.broadsheet.model.Line("l", text, b, java.util.List.of(new org.broadsheet.model.Word(text, b, 0.9)), 0.9, false);
    }

    @Test
    void impossibleDatesAreNotInvented() {
        assertNull(MastheadParser.parse("2025年2月30日").date());
        assertNull(MastheadParser.parse("the quick brown fox").date());
        assertNull(MastheadParser.parse("NOTHING HERE").issueNumber());
    }

    @Test
    void readsTheNameplateOfALaidOutPage() {
        PageFixture f = new PageFixture(1900, 1500);
        f.cjkCentred("江城日报", 100, 1720, 40, 160);
        f.hRule(100, 215, 1720);
        f.cjk("2025年7月2日", 100, 230, 30);
        f.cjk("第3290期", 1550, 230, 30);
        f.hRule(100, 275, 1720);
        for (int c = 0; c < 4; c++) f.column(c, 320, 20, "城市地铁六号线今日开通运营全长三十二公里设站二十四座");
        IssueMeta m = new MastheadParser().read(new GridLayout().analyze(f.text(), f.image()));
        assertEquals(new IssueMeta("江城日报", "2025-07-02", "3290", null), m);
    }
}
