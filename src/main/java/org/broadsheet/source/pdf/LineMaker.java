package org.broadsheet.source.pdf;

import java.util.ArrayList;
import java.util.List;
import org.broadsheet.model.Box;
import org.broadsheet.model.Line;
import org.broadsheet.model.Word;

/**
 * Turns a glyph line into a model line: words, text and pixel boxes. Latin splits at space glyphs
 * and at gaps wider than a word space; each CJK character is a word of its own (as Tesseract reports
 * Chinese), and no space is invented between CJK characters or between CJK and Latin.
 */
final class LineMaker {
    /** A gap wider than this fraction of the em, between Latin glyphs, is a word space even without a space glyph. */
    static final double WORD_GAP = 0.18;

    private final int pageWidth;
    private final int pageHeight;

    LineMaker(int pageWidth, int pageHeight) {
        this.pageWidth = pageWidth;
        this.pageHeight = pageHeight;
    }

    Line make(GlyphLine gl, String id) {
        List<List<PdfGlyph>> words = new ArrayList<>();
        List<Boolean> spaceBefore = new ArrayList<>();
        PdfGlyph prev = null;
        boolean pendingSpace = false;
        for (PdfGlyph g : gl.glyphs()) {
            if (g.isSpace()) {
                pendingSpace = prev != null;
                continue;
            }
            boolean cjk = GlyphText.isCjk(g.text());
            if (prev == null) {
                words.add(new ArrayList<>());
                spaceBefore.add(false);
            } else {
                boolean prevCjk = GlyphText.isCjk(prev.text());
                boolean wide = !gl.stacked() && g.u() - (prev.u() + prev.advance()) > WORD_GAP * Math.min(g.size(), prev.size());
                boolean latinPair = !cjk && !prevCjk;
                if (pendingSpace || latinPair && wide) {
                    words.add(new ArrayList<>());
                    spaceBefore.add(true);
                } else if (cjk || prevCjk) {
                    words.add(new ArrayList<>());
                    spaceBefore.add(false);
                }
            }
            words.get(words.size() - 1).add(g);
            prev = g;
            pendingSpace = false;
        }

        List<Word> out = new ArrayList<>(words.size());
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            Word w = word(words.get(i));
            if (spaceBefore.get(i)) text.append(' ');
            text.append(w.text());
            out.add(w);
        }
        Box box = Box.unionOf(out.stream().map(Word::box).toList());
        boolean vertical = gl.stacked() || gl.rotated() && Math.abs(Math.abs(gl.angle()) - 90) < 45;
        return new Line(id, text.toString(), box, out, 1.0, vertical);
    }

    private Word word(List<PdfGlyph> glyphs) {
        StringBuilder t = new StringBuilder();
        double l = Double.MAX_VALUE, tp = Double.MAX_VALUE, r = -Double.MAX_VALUE, b = -Double.MAX_VALUE;
        int bold = 0;
        for (PdfGlyph g : glyphs) {
            t.append(g.text());
            l = Math.min(l, g.left());
            tp = Math.min(tp, g.top());
            r = Math.max(r, g.right());
            b = Math.max(b, g.bottom());
            if (g.bold()) bold++;
        }
        double[] sizes = glyphs.stream().mapToDouble(PdfGlyph::size).sorted().toArray();
        return new Word(t.toString(), box(l, tp, r, b), 1.0, sizes[sizes.length / 2], bold * 2 > glyphs.size());
    }

    Box box(double l, double t, double r, double b) {
        int left = clamp((int) Math.floor(l), pageWidth), top = clamp((int) Math.floor(t), pageHeight);
        int right = clamp((int) Math.ceil(r), pageWidth), bottom = clamp((int) Math.ceil(b), pageHeight);
        return Box.ofCorners(left, top, right, bottom);
    }

    private static int clamp(int v, int max) {
        return Math.max(0, Math.min(max, v));
    }
}
