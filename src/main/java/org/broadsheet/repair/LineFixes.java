package org.broadsheet.repair;

import org.broadsheet.model.Line;

/**
 * Repairs of single lines that text extraction and OCR damage in known ways: fake-bold headings
 * printed twice (every character doubled) and spaces put between Chinese characters.
 */
final class LineFixes {
    private LineFixes() {}

    /** Pairs a within-line run needs before it is taken as fake bold; AABB reduplication ("高高兴兴") stays. */
    private static final int MIN_RUN_PAIRS = 5;

    /**
     * A line's text ready to join. A text layer's line is taken as it is: its spaces are space glyphs
     * the producer drew and its fake bold was undone glyph by glyph, so nothing here would fix it.
     */
    static String clean(Line line, boolean spacedText) {
        return typeset(line) ? line.text().strip() : clean(line.text().strip(), spacedText);
    }

    /** True when the line comes from a PDF text layer (the source knows its font size), not from OCR. */
    static boolean typeset(Line line) {
        return !line.words().isEmpty() && line.words().stream().allMatch(w -> w.fontSize() > 0);
    }

    /** @param spacedText whether the document as a whole is spaced out by OCR ({@link #spacedText}) */
    static String clean(String line, boolean spacedText) {
        return undouble(removeCjkSpaces(line, spacedText));
    }

    /** True when the whole line was printed in fake bold, which only headings are. */
    static boolean isFakeBold(String line) {
        return isWhollyDoubled(removeCjkSpaces(line.strip(), false));
    }

    /**
     * Undoes fake bold: a line whose every character is doubled ({@code 优优化化营营商商}) or a long run of
     * doubled ideographs inside a line. A short reduplication such as 谢谢 or "good" is text and stays.
     */
    static String undouble(String line) {
        String t = line.strip();
        if (isWhollyDoubled(t)) return halve(t);
        return undoubleRuns(line);
    }

    static boolean isWhollyDoubled(String t) {
        int[] cps = t.codePoints().toArray();
        if (cps.length < 4 || cps.length % 2 != 0) return false;
        int distinctLetters = 0;
        int prev = -1;
        for (int i = 0; i < cps.length; i += 2) {
            if (cps[i] != cps[i + 1]) return false;
            if (Character.isLetterOrDigit(cps[i]) && cps[i] != prev) distinctLetters++;
            prev = cps[i];
        }
        // "哈哈哈哈" or "————" is one sign repeated, not a doubled heading.
        return distinctLetters >= 2;
    }

    /**
     * A line where Chinese characters are mostly separated by spaces: OCR output rather than typeset
     * text. A line with too few pairs of Chinese characters to tell ({@code 15 个 。}) follows the document.
     */
    static boolean isSpacedOut(String line, boolean spacedText) {
        int[] pairs = hanPairs(line);
        if (pairs[0] + pairs[1] < 2) return spacedText;
        return pairs[0] >= 2 && pairs[0] > pairs[1];
    }

    /** True when more of the document's lines are spaced out by OCR than set tight: OCR spaces a whole page, not a line. */
    static boolean spacedText(java.util.List<String> lines) {
        int spaced = 0;
        int tight = 0;
        for (String line : lines) {
            int[] pairs = hanPairs(line);
            if (pairs[0] + pairs[1] < 2) continue;
            if (isSpacedOut(line, false)) spaced++;
            else tight++;
        }
        return spaced > tight;
    }

    /** Pairs of neighbouring Chinese characters: {spaced apart, touching}. */
    private static int[] hanPairs(String line) {
        int spaced = 0;
        int tight = 0;
        int[] cps = line.strip().codePoints().toArray();
        for (int i = 1; i < cps.length; i++) {
            if (Script.isHan(cps[i]) && Script.isHan(cps[i - 1])) tight++;
            if (i >= 2 && cps[i - 1] == ' ' && Script.isHan(cps[i]) && Script.isHan(cps[i - 2])) spaced++;
        }
        return new int[] {spaced, tight};
    }

    /** CJK characters, and the quotes and dashes that Chinese text shares with English. */
    private static boolean cjkSide(int cp) {
        return Script.isCjk(cp) || "“”‘’—…·".indexOf(cp) >= 0;
    }

    private static String halve(String t) {
        int[] cps = t.codePoints().toArray();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cps.length; i += 2) sb.appendCodePoint(cps[i]);
        return sb.toString();
    }

    private static String undoubleRuns(String line) {
        int[] cps = line.codePoints().toArray();
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < cps.length) {
            int j = i;
            while (j + 1 < cps.length && cps[j] == cps[j + 1] && Script.isHan(cps[j])) j += 2;
            int pairs = (j - i) / 2;
            if (pairs >= MIN_RUN_PAIRS) {
                for (int k = i; k < j; k += 2) sb.appendCodePoint(cps[k]);
                i = j;
            } else {
                sb.appendCodePoint(cps[i]);
                i++;
            }
        }
        return sb.toString();
    }

    /**
     * Drops ASCII spaces between two CJK characters (Tesseract's {@code 中 国 人 民}); spaces between
     * Latin words, and between Chinese and Latin, stay as the source had them.
     */
    static String removeCjkSpaces(String line, boolean spacedText) {
        if (line.indexOf(' ') < 0) return line;
        boolean spacedOut = isSpacedOut(line, spacedText);
        StringBuilder sb = new StringBuilder(line.length());
        int n = line.length();
        int i = 0;
        while (i < n) {
            char c = line.charAt(i);
            if (c == ' ' && sb.length() > 0) {
                int j = i;
                while (j < n && line.charAt(j) == ' ') j++;
                int before = sb.codePointBefore(sb.length());
                int after = j < n ? line.codePointAt(j) : -1;
                boolean cjkPair = cjkSide(before) && cjkSide(after) && (Script.isCjk(before) || Script.isCjk(after));
                // In a spaced-out line every space is OCR's, except those between two Latin words.
                boolean ocrSpace = spacedOut && !(Script.isLatinish(before) && Script.isLatinish(after));
                if (after >= 0 && (cjkPair || ocrSpace)) {
                    i = j;
                    continue;
                }
                sb.append(line, i, j);
                i = j;
                continue;
            }
            sb.append(c);
            i++;
        }
        return sb.toString();
    }
}
