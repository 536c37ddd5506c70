package org.broadsheet.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.broadsheet.model.Box;
import org.broadsheet.model.Line;
import org.broadsheet.model.PageLayout;
import org.broadsheet.model.PageText;
import org.broadsheet.model.Region;
import org.broadsheet.model.Role;
import org.broadsheet.model.Separator;
import org.broadsheet.model.TextRoute;
import org.broadsheet.model.Word;
import org.junit.jupiter.api.Test;

/** Finding a headline's rows again from the ink, on drawn pages where glyphs are black squares. */
class ReadAreaTest {
    private static final int G = 60; // headline glyph size

    private final BufferedImage page = new BufferedImage(1200, 800, BufferedImage.TYPE_BYTE_GRAY);
    private final Graphics2D g = page.createGraphics();

    ReadAreaTest() {
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, page.getWidth(), page.getHeight());
        g.setColor(Color.BLACK);
    }

    /** {@code n} square glyphs of size {@code s} from (x, y), a fifth of a glyph apart; their boxes. */
    private List<Box> glyphs(int x, int y, int n, int s) {
        List<Box> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Box b = new Box(x + i * (s + s / 5), y, s, s);
            g.fillRect(b.x(), b.y(), b.w(), b.h());
            out.add(b);
        }
        return out;
    }

    private static Line line(String id, List<Box> glyphs) {
        List<Word> ws = glyphs.stream().map(b -> new Word("字", b, 0.9)).toList();
        return new Line(id, "字".repeat(ws.size()), Box.unionOf(glyphs), ws, 0.9, false);
    }

    private static Region region(String id, Role role, Line... lines) {
        List<Line> ls = List.of(lines);
        return new Region(id, role, Box.unionOf(ls.stream().map(Line::box).toList()), ls, 0, 0, false);
    }

    private static PageLayout layout(List<Region> regions, List<Separator> rules) {
        PageText text = new PageText(1, 1200, 800, 300, TextRoute.OCR, "test", List.of(), 0);
        return new PageLayout(text, List.of(), rules, List.of(), regions);
    }

    @Test
    void aSecondRowTheFirstPassMissedIsFoundAndSmallerTypeBelowIsNot() {
        Line first = line("h1", glyphs(100, 100, 8, G));
        glyphs(100, 100 + G + G / 4, 3, G);          // the headline's short second row, never read
        glyphs(100, 100 + 2 * G + G / 2 + 10, 12, 20); // body type below it
        Region head = region("r1", Role.HEADLINE, first);
        List<ReadArea.Row> rows = ReadArea.rows(head, layout(List.of(head), List.of()), page, G);
        assertEquals(2, rows.size(), "rows " + rows.stream().map(ReadArea.Row::box).toList());
        assertEquals(new Box(100, 100 + G + G / 4, 3 * G + 2 * (G / 5), G), rows.get(1).box());
    }

    @Test
    void aCharacterDroppedAtTheEndOfALineIsInTheRowButTheNeighbouringItemIsNot() {
        List<Box> drawn = glyphs(100, 100, 6, G);
        Line read = line("h1", drawn.subList(0, 5));   // the first pass lost the last glyph
        Line byline = line("b1", glyphs(drawn.get(5).right() + G / 3, 110, 6, 24));
        Region head = region("r1", Role.HEADLINE, read), other = region("r2", Role.BYLINE, byline);
        List<ReadArea.Row> rows = ReadArea.rows(head, layout(List.of(head, other), List.of()), page, G);
        assertEquals(1, rows.size());
        assertEquals(drawn.get(5).right(), rows.get(0).box().right(), "row " + rows.get(0).box());
        // The row's pixels hold the dropped glyph.
        BufferedImage px = rows.get(0).pixels();
        assertEquals(px.getWidth(), rows.get(0).box().w());
        assertEquals(0, px.getRaster().getSample(px.getWidth() - G / 2, G / 2, 0));
    }

    @Test
    void twoRowsSetCloseAreCutApartAndARuleIsNotPartOfARow() {
        Line a = line("h1", glyphs(100, 100, 5, G));
        Line b = line("h2", glyphs(100, 100 + G + 4, 5, G)); // closer than any white gap between lines
        g.fillRect(100 + 5 * (G + G / 5) + 10, 60, 3, 400); // a column rule just right of the headline
        Separator rule = new Separator(new Box(100 + 5 * (G + G / 5) + 10, 60, 3, 400), true);
        Region head = region("r1", Role.HEADLINE, a, b);
        List<ReadArea.Row> rows = ReadArea.rows(head, layout(List.of(head), List.of(rule)), page, G);
        assertEquals(2, rows.size(), "rows " + rows.stream().map(ReadArea.Row::box).toList());
        for (ReadArea.Row r : rows) {
            assertTrue(r.box().right() <= rule.box().x(), "row reaches the rule: " + r.box());
            assertTrue(Math.abs(r.box().h() - G) <= 2, "row height " + r.box());
        }
    }

    @Test
    void twoRowsTheFirstPassReadAsOneTallLineAreTwoRows() {
        List<Box> a = glyphs(100, 100, 6, G), b = glyphs(100, 100 + G + G / 5, 4, G);
        List<Box> both = new ArrayList<>(a);
        both.addAll(b);
        // One line whose box spans both rows: the line height it gives is twice the type's.
        Region head = region("r1", Role.HEADLINE, line("h1", both));
        List<ReadArea.Row> rows = ReadArea.rows(head, layout(List.of(head), List.of()), page, 2 * G + G / 5);
        assertEquals(2, rows.size(), "rows " + rows.stream().map(ReadArea.Row::box).toList());
        assertEquals(Box.unionOf(b), rows.get(1).box());
    }
}
