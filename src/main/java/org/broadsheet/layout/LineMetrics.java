package org.broadsheet.layout;

import java.util.Arrays;
import java.util.List;
import org.broadsheet.model.Line;
import org.broadsheet.model.Word;

/** Typical sizes of a page's text, used as the unit every size rule is measured in. */
public final class LineMetrics {
    private LineMetrics() {}

    /**
     * Median glyph height over the page's lines, each line counted once per character so the many
     * long body lines outvote the few big headline lines.
     */
    public static double bodyHeight(List<Line> lines) {
        int n = lines.stream().mapToInt(l -> Math.max(1, Math.min(80, l.text().length()))).sum();
        if (n == 0) return 20;
        int[] hs = new int[n];
        int i = 0;
        for (Line l : lines) {
            int k = Math.max(1, Math.min(80, l.text().length()));
            for (int j = 0; j < k; j++) hs[i++] = height(l);
        }
        Arrays.sort(hs);
        return Math.max(4, hs[n / 2]);
    }

    /**
     * The line's glyph height, never more than its box: some OCR models report word boxes taller
     * than the line they sit in (Chinese words especially), and the line box is right then.
     */
    public static int height(Line l) {
        if (l.vertical()) return l.box().w();
        return Math.max(1, Math.min(l.glyphHeight(), l.box().h()));
    }

    /** Median source font size of the page's words, 0 when the source gives none. */
    static double bodyFontSize(List<Line> lines) {
        double[] fs = lines.stream().flatMap(l -> l.words().stream()).mapToDouble(Word::fontSize).filter(f -> f > 0)
                .sorted().toArray();
        return fs.length == 0 ? 0 : fs[fs.length / 2];
    }

    static double fontSize(Line l) {
        double[] fs = l.words().stream().mapToDouble(Word::fontSize).filter(f -> f > 0).sorted().toArray();
        return fs.length == 0 ? 0 : fs[fs.length / 2];
    }

    static boolean bold(Line l) {
        long b = l.words().stream().filter(Word::bold).count();
        return !l.words().isEmpty() && b * 2 > l.words().size();
    }
}
