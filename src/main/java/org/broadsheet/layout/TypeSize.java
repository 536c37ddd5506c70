package org.broadsheet.layout;

import java.util.Arrays;
import java.util.List;
import org.broadsheet.model.Line;
import org.broadsheet.model.Word;

/**
 * A line's type size in pixels (about the em), estimated from what OCR boxes show. Box heights
 * alone mislead twice: a Latin word's height depends on its letters ("Near" is a third shorter
 * than "Completion" in the same type), and Chinese glyph boxes are sometimes drawn far taller
 * than the glyphs. Latin word heights are therefore scaled by the share of the em their letters
 * fill, and a Chinese line is never taken for larger than its characters' advance, since Han
 * glyphs are square.
 */
public final class TypeSize {
    private TypeSize() {}

    private static final String ASCENDERS = "bdfhiklt0123456789'\"‘’“”!?&%$#@()[]{}/\\|";
    private static final String DESCENDERS = "gjpqy,;()[]{}|";

    /** The line's type size in pixels. */
    public static double of(Line l) {
        double h = LineMetrics.height(l);
        if (l.vertical() || l.words().isEmpty()) return h;
        String t = l.text().strip();
        if (Scripts.cjkShare(t) > 0.5) return Math.min(h, advance(l, t));
        double[] ems = l.words().stream().filter(w -> shape(w.text()) > 0)
                .mapToDouble(w -> Math.min(w.box().h(), l.box().h()) / shape(w.text())).sorted().toArray();
        // Scaled, a Latin line's size is comparable with the heights of Chinese lines (em = glyph height).
        return ems.length == 0 ? h : (ems[(ems.length - 1) / 2] + ems[ems.length / 2]) / 2;
    }

    /** Median type size over the page's lines, each counted once per character like {@link LineMetrics#bodyHeight}. */
    public static double body(List<Line> lines) {
        int n = lines.stream().mapToInt(TypeSize::weight).sum();
        if (n == 0) return 20;
        double[] all = new double[n];
        int i = 0;
        for (Line l : lines) {
            double s = of(l);
            for (int k = weight(l); k > 0; k--) all[i++] = s;
        }
        Arrays.sort(all);
        return Math.max(4, all[n / 2]);
    }

    private static int weight(Line l) {
        return Math.max(1, Math.min(80, l.text().length()));
    }

    /**
     * Share of the em a Latin word's box spans: x-height only, with ascenders or capitals, with
     * descenders, with both. 0 for a word without letters or digits, which says nothing about size.
     */
    static double shape(String word) {
        boolean any = false, up = false, down = false;
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            i += Character.charCount(cp);
            if (Scripts.isCjk(cp)) return 1;
            if (Character.isLetterOrDigit(cp)) any = true;
            if (Character.isUpperCase(cp) || ASCENDERS.indexOf(cp) >= 0) up = true;
            if (DESCENDERS.indexOf(cp) >= 0) down = true;
        }
        if (!any) return 0;
        return up && down ? 0.92 : up || down ? 0.70 : 0.48;
    }

    /** Width per character of a Chinese line: its em, give or take the letter spacing. */
    private static double advance(Line l, String t) {
        double units = 0;
        for (int i = 0; i < t.length(); ) {
            int cp = t.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp)) continue;
            units += Scripts.isCjk(cp) || Character.getType(cp) == Character.OTHER_PUNCTUATION && cp > 0x2000 ? 1 : 0.55;
        }
        // Too few characters say little: one short word may stand alone in a wide box.
        if (units < 3) return Double.MAX_VALUE;
        int w = l.words().stream().mapToInt(wd -> wd.box().right()).max().orElse(l.box().right())
                - l.words().stream().mapToInt(wd -> wd.box().x()).min().orElse(l.box().x());
        return Math.max(1, w) / units;
    }
}
