package org.broadsheet.repair;

/**
 * Character classes the repair rules need. "CJK" here means anything set on the square
 * em grid of Chinese type (ideographs, kana, CJK and full-width punctuation), because those
 * join without spaces and take two columns in monospaced extraction.
 */
final class Script {
    private Script() {}

    static boolean isHan(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }

    static boolean isCjk(int cp) {
        if (isHan(cp)) return true;
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        if (s == Character.UnicodeScript.HIRAGANA || s == Character.UnicodeScript.KATAKANA
                || s == Character.UnicodeScript.HANGUL || s == Character.UnicodeScript.BOPOMOFO) return true;
        return isCjkPunct(cp);
    }

    /** CJK symbols and punctuation, full-width forms, and the curly quotes and dashes Chinese text sets full width. */
    static boolean isCjkPunct(int cp) {
        return (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6);
    }

    static boolean isLatinLetter(int cp) {
        return Character.isLetter(cp) && Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN;
    }

    /** Letters or digits of an alphabetic script, the things a word-spacing language is made of. */
    static boolean isLatinish(int cp) {
        return cp < 0x3000 && Character.isLetterOrDigit(cp) && !isCjk(cp);
    }

    /**
     * Columns a character takes in monospaced text: two for CJK and full-width forms, one otherwise.
     * In Chinese text the curly quotes, dashes and ellipsis sit on the em grid too.
     */
    static int width(int cp, boolean chineseText) {
        if (isCjk(cp)) return 2;
        if (chineseText && (cp == '“' || cp == '”' || cp == '‘' || cp == '’' || cp == '—' || cp == '…' || cp == '·')) return 2;
        return 1;
    }

    static int width(CharSequence s, boolean chineseText) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = Character.codePointAt(s, i);
            w += width(cp, chineseText);
            i += Character.charCount(cp);
        }
        return w;
    }

    static int countHan(CharSequence s) {
        return (int) s.codePoints().filter(Script::isHan).count();
    }

    static int countLatinLetters(CharSequence s) {
        return (int) s.codePoints().filter(Script::isLatinLetter).count();
    }

    static int firstCodePoint(String s) {
        return s.isEmpty() ? -1 : s.codePointAt(0);
    }

    static int lastCodePoint(String s) {
        return s.isEmpty() ? -1 : s.codePointBefore(s.length());
    }
}
