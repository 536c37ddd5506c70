package org.broadsheet.layout;

import static org.broadsheet.layout.GridLayoutTest.roleOf;
import static org.broadsheet.layout.PageFixture.BODY;
import static org.broadsheet.layout.PageFixture.colX;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.broadsheet.model.PageLayout;
import org.broadsheet.model.Role;
import org.junit.jupiter.api.Test;

/**
 * On a Chinese page, Tesseract sometimes reads a line of Han type as Latin letters ("“EM RT, A" for
 * “一荤两素一个汤). Judged by Latin letter shapes, capitals of Han body height look like headline type.
 */
class HanPageLatinReadingTest {
    private static final String TEXT = "城市地铁六号线今日开通运营全长三十二公里设站二十四座东西城区通勤时间缩短";

    @Test
    void aLatinMisreadingOfHanBodyTypeStaysBody() {
        PageFixture f = new PageFixture(1900, 1400);
        for (int c = 0; c < 4; c++) f.column(c, 100, 16, TEXT);
        f.latin("“EM RT, A", colX(1), 100 + 16 * BODY * 3 / 2, BODY);
        f.cjk("社区长者食堂开到家门口", colX(2), 1000, BODY * 2);
        PageLayout l = new GridLayout().analyze(f.text(), f.image());
        assertEquals(Role.BODY, roleOf(l, "“EM RT"));
        assertEquals(Role.HEADLINE, roleOf(l, "社区长者食堂"));
    }

    @Test
    void aLatinHeadlineInHeadlineTypeOnAChinesePageIsStillAHeadline() {
        PageFixture f = new PageFixture(1900, 1400);
        for (int c = 0; c < 4; c++) f.column(c, 300, 16, TEXT);
        f.latin("NBA FINALS", colX(0), 100, BODY * 2);
        PageLayout l = new GridLayout().analyze(f.text(), f.image());
        assertEquals(Role.HEADLINE, roleOf(l, "NBA FINALS"));
    }
}
