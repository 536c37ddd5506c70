package org.broadsheet.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.broadsheet.model.Box;

/** Article matching, reading-order agreement and character error rate for the quality benchmark. */
final class Scoring {
    private Scoring() {}

    /** One text line of an output, with where it is on the page. */
    record Piece(String text, Box box) {}

    /** One output unit: an article (broadsheet) or a text block (plain Tesseract), in output order. */
    record Unit(String title, List<Piece> lines) {
        String text() {
            return String.join("\n", lines.stream().map(Piece::text).toList());
        }
    }

    /** Words for Latin text, single characters for Chinese: the units two texts are compared in. */
    static Map<String, Integer> bag(String s) {
        Map<String, Integer> out = new HashMap<>();
        StringBuilder word = new StringBuilder();
        s.codePoints().forEach(cp -> {
            if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
                flush(word, out);
                out.merge(new String(Character.toChars(cp)), 1, Integer::sum);
            } else if (Character.isLetterOrDigit(cp)) {
                word.appendCodePoint(Character.toLowerCase(cp));
            } else {
                flush(word, out);
            }
        });
        flush(word, out);
        return out;
    }

    private static void flush(StringBuilder w, Map<String, Integer> out) {
        if (w.length() > 0) out.merge(w.toString(), 1, Integer::sum);
        w.setLength(0);
    }

    static int size(Map<String, Integer> b) {
        return b.values().stream().mapToInt(Integer::intValue).sum();
    }

    static int common(Map<String, Integer> a, Map<String, Integer> b) {
        int c = 0;
        for (var e : a.entrySet()) c += Math.min(e.getValue(), b.getOrDefault(e.getKey(), 0));
        return c;
    }

    /**
     * One-to-one matches (output index -> truth index) where the shared part is at least half of
     * each side: {@code shared[o][t]} is how much output o and truth t have in common.
     */
    static Map<Integer, Integer> match(double[][] shared, double[] outSize, double[] truthSize) {
        Map<Integer, Integer> out = new HashMap<>();
        boolean[] used = new boolean[truthSize.length];
        List<double[]> cands = new ArrayList<>();
        for (int o = 0; o < outSize.length; o++) {
            for (int t = 0; t < truthSize.length; t++) {
                double a = outSize[o] == 0 ? 0 : shared[o][t] / outSize[o];
                double b = truthSize[t] == 0 ? 0 : shared[o][t] / truthSize[t];
                if (a >= 0.5 && b >= 0.5) cands.add(new double[] {Math.min(a, b), o, t});
            }
        }
        cands.sort((x, y) -> Double.compare(y[0], x[0]));
        for (double[] c : cands) {
            int o = (int) c[1], t = (int) c[2];
            if (out.containsKey(o) || used[t]) continue;
            out.put(o, t);
            used[t] = true;
        }
        return out;
    }

    /** Kendall's tau between output order and truth order over the matched items; NaN under two. */
    static double kendall(List<Integer> truthIndexInOutputOrder) {
        int n = truthIndexInOutputOrder.size();
        if (n < 2) return Double.NaN;
        long conc = 0, disc = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                int d = Integer.compare(truthIndexInOutputOrder.get(i), truthIndexInOutputOrder.get(j));
                if (d < 0) conc++;
                else if (d > 0) disc++;
            }
        }
        return (double) (conc - disc) / (conc + disc == 0 ? 1 : conc + disc);
    }

    /** Character error rate of {@code hyp} against {@code ref}, over code points. */
    static double cer(String ref, String hyp) {
        int[] r = ref.codePoints().toArray(), h = hyp.codePoints().toArray();
        if (r.length == 0) return h.length == 0 ? 0 : 1;
        int[] prev = new int[h.length + 1], cur = new int[h.length + 1];
        for (int j = 0; j <= h.length; j++) prev[j] = j;
        for (int i = 1; i <= r.length; i++) {
            cur[0] = i;
            for (int j = 1; j <= h.length; j++) {
                int sub = prev[j - 1] + (r[i - 1] == h[j - 1] ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return (double) prev[h.length] / r.length;
    }

    /** Text normalised for CER: whitespace removed for Chinese, collapsed to single spaces otherwise. */
    static String normalise(String s, boolean cjk) {
        return cjk ? s.replaceAll("\\s+", "") : s.replaceAll("\\s+", " ").strip();
    }

    static String titleKey(String s) {
        return s == null ? "" : s.replaceAll("[\\s\\p{Punct}“”‘’、，。：；！？（）《》—-]+", "").toLowerCase();
    }
}
