package org.broadsheet.repair;

/**
 * Turns half-width punctuation inside Chinese text into the full-width marks Chinese uses
 * ({@code ,} to {@code ，} and so on), leaving it alone inside Latin runs and numbers (3,000, 10:30).
 */
final class CjkPunctuation {
    private CjkPunctuation() {}

    private static final String HALF = ",:;?!()";
    private static final String FULL = "，：；？！（）";

    static String fix(String text) {
        if (text.chars().noneMatch(c -> HALF.indexOf(c) >= 0) || Script.countHan(text) == 0) return text;
        char[] out = text.toCharArray();
        for (int i = 0; i < out.length; i++) {
            char c = out[i];
            if (c == '(') {
                int close = matchingClose(text, i);
                if (chineseParens(text, i, close)) {
                    out[i] = '（';
                    if (close > 0) out[close] = '）';
                }
            } else if (c == ')') {
                // A matched ')' was decided with its '('; a stray one follows its neighbours.
                if (matchingOpen(text, i) < 0 && chineseAround(text, i)) out[i] = '）';
            } else if (HALF.indexOf(c) >= 0 && !inNumber(text, i) && chineseAround(text, i)) {
                out[i] = FULL.charAt(HALF.indexOf(c));
            }
        }
        return dropSpacesAroundFullWidth(new String(out), text);
    }

    /** Chinese context: the nearest non-space character on either side is Chinese, and the other side is not a Latin word running on. */
    private static boolean chineseAround(String s, int i) {
        int before = neighbour(s, i, -1);
        int after = neighbour(s, i, +1);
        boolean cjkBefore = before >= 0 && Script.isCjk(before);
        boolean cjkAfter = after >= 0 && Script.isCjk(after);
        if (cjkBefore) return true;
        // "Hello, world" inside Chinese stays; "使用GDP,但是" is Chinese syntax.
        return cjkAfter;
    }

    private static boolean inNumber(String s, int i) {
        return i > 0 && i + 1 < s.length() && Character.isDigit(s.charAt(i - 1)) && Character.isDigit(s.charAt(i + 1));
    }

    private static boolean chineseParens(String s, int open, int close) {
        int before = neighbour(s, open, -1);
        if (before >= 0 && Script.isCjk(before)) return true;
        int end = close > 0 ? close : Math.min(s.length(), open + 20);
        return Script.countHan(s.substring(open + 1, end)) > 0;
    }

    private static int matchingClose(String s, int open) {
        int depth = 0;
        for (int j = open; j < s.length(); j++) {
            char c = s.charAt(j);
            if (c == '(') depth++;
            else if (c == ')' && --depth == 0) return j;
        }
        return -1;
    }

    private static int matchingOpen(String s, int close) {
        int depth = 0;
        for (int j = close; j >= 0; j--) {
            char c = s.charAt(j);
            if (c == ')') depth++;
            else if (c == '(' && --depth == 0) return j;
        }
        return -1;
    }

    private static int neighbour(String s, int i, int step) {
        for (int j = i + step; j >= 0 && j < s.length(); j += step) {
            char c = s.charAt(j);
            if (c != ' ') return Character.isSurrogate(c) ? s.codePointAt(step < 0 ? j - 1 : j) : c;
        }
        return -1;
    }

    /** Full-width marks carry their own spacing: drop ASCII spaces next to the ones just converted. */
    private static String dropSpacesAroundFullWidth(String fixed, String original) {
        StringBuilder sb = new StringBuilder(fixed.length());
        for (int i = 0; i < fixed.length(); i++) {
            char c = fixed.charAt(i);
            if (c == ' ' && (convertedAt(fixed, original, i - 1) || convertedAt(fixed, original, nextNonSpace(fixed, i)))) continue;
            sb.append(c);
        }
        return sb.toString();
    }

    private static boolean convertedAt(String fixed, String original, int i) {
        return i >= 0 && i < fixed.length() && fixed.charAt(i) != original.charAt(i);
    }

    private static int nextNonSpace(String s, int i) {
        int j = i;
        while (j < s.length() && s.charAt(j) == ' ') j++;
        return j;
    }
}
