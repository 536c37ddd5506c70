package org.broadsheet.model;

import java.util.List;

/**
 * One text line, words in reading order. {@code text} is the line as the source spelled it
 * (Tesseract's line text, or the PDF's glyphs joined), before any repair.
 *
 * @param id       unique within the page, for example {@code p1_l17}; exporters refer to lines by it
 * @param vertical true for a top-to-bottom line (vertical CJK)
 */
public record Line(String id, String text, Box box, List<Word> words, double confidence, boolean vertical) {
    public Line {
        words = List.copyOf(words);
    }

    /** The same line with its box and its words' boxes moved by (dx, dy). */
    public Line moved(int dx, int dy) {
        if (dx == 0 && dy == 0) return this;
        List<Word> ws = words.stream().map(w -> new Word(w.text(), w.box().moved(dx, dy), w.confidence(), w.fontSize(), w.bold())).toList();
        return new Line(id, text, box.moved(dx, dy), ws, confidence, vertical);
    }

    /** Height of the line's glyphs: the median word height, which ignores a stray tall box. */
    public int glyphHeight() {
        if (vertical) return box.w();
        if (words.isEmpty()) return box.h();
        int[] hs = words.stream().mapToInt(wd -> wd.box().h()).sorted().toArray();
        return hs[hs.length / 2];
    }
}
