package org.broadsheet.source.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.broadsheet.model.Line;
import org.junit.jupiter.api.Test;

/** Glyph-level rules on hand-made glyphs: text classification, fake-bold removal, line direction. */
class GlyphLevelTest {

    private static int seq;

    /** An upright glyph with its origin at (x, baseline), one em of {@code size} pixels, advance {@code adv}. */
    private static PdfGlyph glyph(String t, double x, double baseline, double size, double adv) {
        return new PdfGlyph(seq++, t, x, baseline - 0.88 * size, x + adv, baseline + 0.12 * size,
                x, baseline, adv, size, 0, "F", false, false, false);
    }

    @Test
    void garbageAndNormalisation() {
        assertTrue(GlyphText.isGarbage(null));
        assertTrue(GlyphText.isGarbage(""));
        assertTrue(GlyphText.isGarbage("\uE012"));
        assertTrue(GlyphText.isGarbage("\uFFFD"));
        assertTrue(GlyphText.isGarbage("\u0003"));
        assertFalse(GlyphText.isGarbage("国"));
        assertFalse(GlyphText.isGarbage("，"));
        assertEquals("人", GlyphText.normalize("\u2F08")); // Kangxi radical "person"
        assertEquals("fi", GlyphText.normalize("\uFB01"));
        assertEquals("，", GlyphText.normalize("，"), "full-width punctuation stays");
    }

    @Test
    void doubledGlyphsGoButRepeatedLettersStay() {
        List<PdfGlyph> g = new ArrayList<>();
        double x = 100;
        for (char c : "Hall".toCharArray()) {
            g.add(glyph(String.valueOf(c), x, 200, 40, 20));
            x += 20;
        }
        x = 100;
        for (char c : "Hall".toCharArray()) { // the fake-bold second pass, 1.5 px to the right
            g.add(glyph(String.valueOf(c), x + 1.5, 200, 40, 20));
            x += 20;
        }
        List<PdfGlyph> kept = FakeBoldFilter.apply(g);
        assertEquals(4, kept.size());
        assertEquals("Hall", String.join("", kept.stream().map(PdfGlyph::text).toList()));
        assertTrue(kept.stream().allMatch(PdfGlyph::bold));

        List<PdfGlyph> once = FakeBoldFilter.apply(g.subList(0, 4));
        assertEquals(4, once.size(), "adjacent equal letters are not duplicates");
        assertTrue(once.stream().noneMatch(PdfGlyph::bold));
    }

    @Test
    void tightlySetHorizontalCjkOnAGridStaysHorizontal() {
        // a 4x4 grid of characters, 40 px em, advance 40, line pitch 46 (1.15 em): both neighbours are close
        List<PdfGlyph> g = new ArrayList<>();
        String text = "春夏秋冬东南西北上下左右前后内外";
        for (int row = 0; row < 4; row++) {
            for (int col = 0; col < 4; col++) {
                g.add(glyph(String.valueOf(text.charAt(row * 4 + col)), 100 + col * 40, 200 + row * 46, 40, 40));
            }
        }
        List<GlyphLine> lines = LineGrouper.group(g);
        assertEquals(4, lines.size());
        assertTrue(lines.stream().noneMatch(GlyphLine::stacked));
        LineMaker maker = new LineMaker(2000, 2000);
        assertEquals("春夏秋冬", maker.make(lines.stream().min(java.util.Comparator.comparingDouble(GlyphLine::top)).orElseThrow(), "l").text());
    }

    @Test
    void stackedColumnsAreVerticalLines() {
        // three vertical columns read right to left: 40 px em, 42 px down the column, 60 px between columns
        List<PdfGlyph> g = new ArrayList<>();
        String[] cols = {"一二三四五", "六七八九十", "甲乙丙丁戊"};
        for (int c = 0; c < 3; c++) {
            for (int i = 0; i < 5; i++) {
                g.add(glyph(String.valueOf(cols[c].charAt(i)), 500 - c * 60, 200 + i * 42, 40, 40));
            }
        }
        List<GlyphLine> lines = LineGrouper.group(g);
        assertEquals(3, lines.size());
        assertTrue(lines.stream().allMatch(GlyphLine::stacked));
        List<BlockGrouper.LineBlock> blocks = BlockGrouper.group(lines);
        assertEquals(1, blocks.size());
        LineMaker maker = new LineMaker(2000, 2000);
        List<String> read = blocks.get(0).paragraphs().get(0).stream().map(l -> maker.make(l, "l")).map(Line::text).toList();
        assertEquals(List.of(cols[0], cols[1], cols[2]), read, "vertical columns read right to left");
    }

    @Test
    void gutterSplitsLinesAndWordGapsMakeSpaces() {
        List<PdfGlyph> g = new ArrayList<>();
        double x = 100;
        for (String w : new String[] {"ab", "cd"}) { // no space glyph, a 10 px gap (0.25 em)
            for (char c : w.toCharArray()) {
                g.add(glyph(String.valueOf(c), x, 300, 40, 20));
                x += 20;
            }
            x += 10;
        }
        double col2 = x + 60; // a 1.5 em gutter
        g.add(glyph("e", col2, 300, 40, 20));
        List<GlyphLine> lines = LineGrouper.group(g);
        assertEquals(2, lines.size());
        LineMaker maker = new LineMaker(2000, 2000);
        List<String> texts = lines.stream().map(l -> maker.make(l, "l").text()).sorted().toList();
        assertEquals(List.of("ab cd", "e"), texts);
    }
}
