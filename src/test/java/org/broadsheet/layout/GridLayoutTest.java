package org.broadsheet.layout;

import static org.broadsheet.layout.PageFixture.BODY;
import static org.broadsheet.layout.PageFixture.colX;
import static org.broadsheet.layout.PageFixture.spanW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.broadsheet.model.Box;
import org.broadsheet.model.PageLayout;
import org.broadsheet.model.Region;
import org.broadsheet.model.Role;
import org.junit.jupiter.api.Test;

class GridLayoutTest {
    private static final String TEXT = "城市地铁六号线今日开通运营全长三十二公里设站二十四座东西城区通勤时间缩短";

    @Test
    void findsFourColumnsFromBodyWords() {
        PageFixture f = new PageFixture(1900, 1400);
        for (int c = 0; c < 4; c++) f.column(c, 100, 20, TEXT);
        PageLayout l = new GridLayout().analyze(f.text(), f.image());
        assertEquals(4, l.columns().size(), l.columns().toString());
        for (int c = 0; c < 4; c++) {
            assertTrue(Math.abs(l.columns().get(c).x() - colX(c)) < 10, "column " + c + " at " + l.columns().get(c));
        }
    }

    @Test
    void aShortColumnBesideFullOnesIsStillAColumn() {
        PageFixture f = new PageFixture(1900, 2800);
        f.column(0, 100, 55, TEXT);
        f.column(1, 100, 8, TEXT);
        f.column(2, 100, 55, TEXT);
        PageLayout l = new GridLayout().analyze(f.text(), f.image());
        assertEquals(3, l.columns().size(), l.columns().toString());
        assertTrue(Math.abs(l.columns().get(1).x() - colX(1)) < 10, l.columns().toString());
    }

    @Test
    void linesReadAcrossAGutterAreCut() {
        PageFixture f = new PageFixture(1900, 1400);
        for (int c = 0; c < 4; c++) f.column(c, 100, 20, TEXT);
        // One OCR line running over columns 0 and 1, as engines do on narrow gutters.
        f.cjk("地铁六号线今日开通运营全", colX(0), 1100, BODY);
        List<Region> regions = new GridLayout().analyze(f.text(), f.image()).regions();
        for (Region r : regions) assertEquals(r.firstColumn(), r.lastColumn(), "region crosses a gutter: " + r.box());
    }

    @Test
    void rolesFromSizeAndPatterns() {
        PageFixture f = new PageFixture(1900, 1400);
        f.cjkCentred("城市地铁六号线开通", colX(0), spanW(3), 100, 80);
        f.cjkCentred("本报记者 张三", colX(0), spanW(3), 200, BODY);
        for (int c = 0; c < 3; c++) f.column(c, 260, 16, TEXT);
        f.cjk("12", 900, 1350, 20);
        PageLayout l = new GridLayout().analyze(f.text(), f.image());
        assertEquals(Role.HEADLINE, roleOf(l, "城市地铁六号线开通"));
        assertEquals(Role.BYLINE, roleOf(l, "本报记者"));
        assertEquals(Role.BODY, roleOf(l, TEXT.substring(7, 11)));
        assertEquals(Role.FURNITURE, roleOf(l, "12"));
    }

    @Test
    void drawnRulesAndFramesAreFound() {
        PageFixture f = new PageFixture(1900, 1400);
        for (int c = 0; c < 4; c++) f.column(c, 100, 20, TEXT);
        f.hRule(colX(0), 1050, spanW(4));
        f.vRule(colX(1) - 20, 100, 900);
        f.frame(new Box(colX(3) - 10, 1080, 420, 300));
        PageLayout l = new GridLayout().analyze(f.text(), f.image());
        assertTrue(l.separators().stream().anyMatch(s -> !s.vertical() && s.box().w() > spanW(4) - 20));
        assertTrue(l.separators().stream().anyMatch(s -> s.vertical() && s.box().h() > 850));
        assertEquals(1, l.frames().size(), l.frames().toString());
        Box fr = l.frames().get(0);
        assertTrue(Math.abs(fr.x() - (colX(3) - 10)) < 6 && Math.abs(fr.bottom() - 1380) < 6, fr.toString());
    }

    @Test
    void textLinesAreNotRules() {
        PageFixture f = new PageFixture(1900, 1400);
        for (int c = 0; c < 4; c++) f.column(c, 100, 20, TEXT);
        f.photo(new Box(200, 1100, 600, 250));
        PageLayout l = new GridLayout().analyze(f.text(), f.image());
        assertFalse(l.separators().stream().anyMatch(s -> s.box().y() > 1090), "a photo is not a rule: " + l.separators());
    }

    static Role roleOf(PageLayout l, String prefix) {
        return l.regions().stream().filter(r -> r.lines().stream().anyMatch(x -> x.text().startsWith(prefix))).findFirst()
                .orElseThrow(() -> new AssertionError("no region starting " + prefix)).role();
    }
}
