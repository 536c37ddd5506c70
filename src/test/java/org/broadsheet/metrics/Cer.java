package org.broadsheet.metrics;

/**
 * Character error rate: edit distance between the recognised and the true text divided by the
 * length of the true text. Chinese is compared without whitespace, because OCR puts spaces between
 * CJK characters at random and line breaks fall anywhere.
 */
public final class Cer {
    private Cer() {}

    /** CER over the texts as they are (whitespace runs collapsed to one space, ends trimmed). */
    public static double of(String truth, String recognised) {
        return rate(normaliseSpace(truth), normaliseSpace(recognised));
    }

    /** CER with all whitespace removed from both texts: the measure for CJK. */
    public static double ignoringWhitespace(String truth, String recognised) {
        return rate(truth.replaceAll("\\s+", ""), recognised.replaceAll("\\s+", ""));
    }

    /** Edit distance over Unicode code points divided by the truth's length; 0 for two empty texts. */
    public static double rate(String truth, String recognised) {
        int[] t = truth.codePoints().toArray();
        int[] r = recognised.codePoints().toArray();
        if (t.length == 0) return r.length == 0 ? 0 : 1;
        return (double) levenshtein(t, r) / t.length;
    }

    /** Insertions, deletions and substitutions needed to turn {@code a} into {@code b} (two-row DP). */
    public static int levenshtein(int[] a, int[] b) {
        int[] prev = new int[b.length + 1];
        int[] cur = new int[b.length + 1];
        for (int j = 0; j <= b.length; j++) prev[j] = j;
        for (int i = 1; i <= a.length; i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length; j++) {
                int sub = prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j], cur[j - 1]) + 1);
            }
            int[] swap = prev;
            prev = cur;
            cur = swap;
        }
        return prev[b.length];
    }

    public static int levenshtein(String a, String b) {
        return levenshtein(a.codePoints().toArray(), b.codePoints().toArray());
    }

    private static String normaliseSpace(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }
}
