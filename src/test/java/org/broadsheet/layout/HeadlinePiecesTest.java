package org.broadsheet.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.broadsheet.model.Box;
import org.broadsheet.model.Line;
import org.broadsheet.model.Region;
import org.broadsheet.model.Role;
import org.broadsheet.model.Separator;
import org.broadsheet.model.Word;
import org.junit.jupiter.api.Test;

/** A headline read as pieces side by side is one headline; two headlines a gutter apart are two. */
class HeadlinePiecesTest {
    private static Region head(String id, int x, int y, int chars, int size) {
        int w = chars * size;
        Box b = new Box(x, y, w, size);
        Line l = new Line(id + "_l", "字".repeat(chars), b, List.of(new Word("字".repeat(chars), b, 0.9)), 0.9, false);
        return new Region(id, Role.HEADLINE, b, List.of(l), 0, 0, false);
    }

    private static PageContext ctx(List<Separator> rules) {
        return new PageContext(2400, 3400, 30, 0, 30, true, List.of(), rules, List.of(), List.of());
    }

    @Test
    void piecesOfOneHeadlineAreJoined() {
        Region a = head("a", 100, 200, 9, 90), b = head("b", 100 + 9 * 90 + 4, 203, 3, 90);
        List<Region> out = HeadlinePieces.join(List.of(a, b), ctx(List.of()));
        assertEquals(1, out.size());
        assertEquals(2, out.get(0).lines().size());
        assertEquals(a.box().union(b.box()), out.get(0).box());
    }

    @Test
    void headlinesAGutterApartOrAcrossARuleStayApart() {
        Region a = head("a", 100, 200, 6, 90), far = head("b", 100 + 6 * 90 + 45, 200, 6, 90);
        assertEquals(2, HeadlinePieces.join(List.of(a, far), ctx(List.of())).size());
        Region near = head("c", 100 + 6 * 90 + 20, 200, 6, 90);
        Separator rule = new Separator(new Box(100 + 6 * 90 + 9, 150, 3, 900), true);
        assertEquals(2, HeadlinePieces.join(List.of(a, near), ctx(List.of(rule))).size());
        // A smaller line level with a headline is not one of its pieces.
        Region small = head("d", 100 + 6 * 90 + 10, 200, 8, 40);
        assertEquals(2, HeadlinePieces.join(List.of(a, small), ctx(List.of())).size());
    }
}
