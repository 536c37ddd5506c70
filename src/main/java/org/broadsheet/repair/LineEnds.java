package org.broadsheet.repair;

/** Recognises the line-end marks that split a word across two lines. */
final class LineEnds {
    private LineEnds() {}

    static final char SOFT_HYPHEN = '\u00AD';
    /** Fraktur OCR and its ground truth mark a word split at a line end with this sign. */
    static final char NOT_SIGN_HYPHEN = '¬';

    /** A hyphen right after a letter at the end of the line: {@code exam-} but not a spaced dash {@code  -} or {@code --}. */
    static boolean endsWithWordHyphen(String line) {
        String t = line.stripTrailing();
        int n = t.length();
        if (n < 2) return false;
        char last = t.charAt(n - 1);
        if (last == SOFT_HYPHEN || last == NOT_SIGN_HYPHEN) return Character.isLetter(t.charAt(n - 2));
        if (last != '-' && last != '\u2010') return false;
        char before = t.charAt(n - 2);
        return Character.isLetterOrDigit(before) && !Script.isCjk(before);
    }

    /** The letters, digits, dots and apostrophes right before the line-end hyphen. */
    static String headWord(String line) {
        String t = line.stripTrailing();
        int end = t.length() - 1;
        int i = end;
        while (i > 0 && isWordChar(t.charAt(i - 1))) i--;
        return t.substring(i, end);
    }

    /** The word the next line starts with: letters and digits, with inner apostrophes. */
    static String tailWord(String next) {
        int i = 0;
        int n = next.length();
        while (i < n && (Character.isLetterOrDigit(next.charAt(i))
                || (i > 0 && (next.charAt(i) == '\'' || next.charAt(i) == '’') && i + 1 < n && Character.isLetter(next.charAt(i + 1))))) {
            i++;
        }
        return next.substring(0, i);
    }

    private static boolean isWordChar(char c) {
        return (Character.isLetterOrDigit(c) && !Script.isCjk(c)) || c == '.' || c == '\'' || c == '’';
    }
}
