package org.broadsheet.layout;

import static org.broadsheet.layout.PageFixture.BODY;
import static org.broadsheet.layout.PageFixture.COL;
import static org.broadsheet.layout.PageFixture.colX;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.broadsheet.model.Box;
import org.broadsheet.model.Region;
import org.broadsheet.model.Role;
import org.broadsheet.model.Word;
import org.junit.jupiter.api.Test;

/** Roles on old and warped pages: what size alone gets wrong. */
class OldPageRolesTest {
    private static final String TEXT = "the members of the council met on monday and agreed";

    private static Role roleOf(PageFixture f, String start) {
        for (Region r : new GridLayout().analyze(f.text(), f.image()).regions()) {
            if (r.lines().stream().anyMatch(l -> l.text().startsWith(start))) return r.role();
        }
        throw new AssertionError("no line starts with " + start);
    }

    /** Width of the body lines {@link #columns} sets, as {@link PageFixture#latin} measures them. */
    private static final int LINE_W = 18 * BODY * 11 / 20 + 4 * (BODY / 3);

    /** Three columns of body lines from y. */
    private static void columns(PageFixture f, int y) {
        for (int c = 0; c < 3; c++) {
            for (int i = 0; i < 30; i++) f.latin(i % 2 == 0 ? "council met on monday" : "and agreed to the plan", colX(c), y + i * 45, BODY);
        }
    }

    /** A line whose words step down as on a curled page, so its boxes are far taller than its type. */
    private static void curled(PageFixture f, String text, int x, int y) {
        List<Word> ws = new ArrayList<>();
        int cx = x;
        String[] parts = text.split(" ");
        for (int i = 0; i < parts.length; i++) {
            int w = parts[i].length() * 12;
            ws.add(new Word(parts[i], new Box(cx, y + i * 3, w, BODY * 11 / 5), 0.8));
            cx += w + BODY / 3;
        }
        f.words(text, ws);
    }

    @Test
    void aCurledBodyLineIsBodyHoweverTallItLooks() {
        PageFixture f = new PageFixture(1500, 1800);
        columns(f, 200);
        curled(f, "to the States, were not de-", colX(0), 120);
        assertEquals(Role.BODY, roleOf(f, "to the States"));
    }

    @Test
    void aBigHeadlineInSentenceCaseIsStillAHeadline() {
        PageFixture f = new PageFixture(1500, 1800);
        columns(f, 250);
        f.latin("Council approves plan", colX(0), 110, 3 * BODY);
        assertEquals(Role.HEADLINE, roleOf(f, "Council approves"));
    }

    @Test
    void capitalsCentredAtTheTopOfAColumnHeadAnItemButARunningHeadAboveARuleDoesNot() {
        PageFixture f = new PageFixture(1500, 1800);
        columns(f, 60);
        f.latin("POETRY.", colX(1) + (LINE_W - 7 * BODY * 11 / 20) / 2, 20, BODY);
        assertEquals(Role.HEADLINE, roleOf(f, "POETRY."));

        PageFixture g = new PageFixture(1500, 1800);
        columns(g, 90);
        g.latin("THE HERALD", colX(1) + (LINE_W - 10 * BODY * 11 / 20 - BODY / 3) / 2, 20, BODY);
        g.hRule(colX(0), 65, 3 * COL);
        assertEquals(Role.FURNITURE, roleOf(g, "THE HERALD"));
    }

    @Test
    void aFullLineThatOpensWithByAndRunsOnIsBodyButAShortOneIsAByline() {
        PageFixture f = new PageFixture(1500, 1800);
        columns(f, 250);
        // Justified across the column, ending in a comma: "...were presented / by Mr. Hale, from various sections,".
        List<Word> ws = new ArrayList<>();
        String[] parts = "by Mr. Hale, from sections,".split(" ");
        int x = colX(0), step = LINE_W / parts.length;
        for (String p : parts) {
            ws.add(new Word(p, new Box(x, 160, step - BODY / 3, BODY), 0.9));
            x += step;
        }
        f.words("by Mr. Hale, from sections,", ws);
        assertEquals(Role.BODY, roleOf(f, "by Mr. Hale"));

        PageFixture g = new PageFixture(1500, 1800);
        columns(g, 250);
        g.latin("By John Smith", colX(0) + 60, 160, BODY);
        assertEquals(Role.BYLINE, roleOf(g, "By John Smith"));
    }
}
