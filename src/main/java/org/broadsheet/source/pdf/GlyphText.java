package org.broadsheet.source.pdf;

import java.text.Normalizer;

/** What a glyph's Unicode text is worth: usable, whitespace, or garbage from a broken font map. */
final class GlyphText {
    private GlyphText() {}

    /**
     * Some producers map CJK glyphs to Kangxi radicals or compatibility ideographs and Latin ligatures
     * to presentation forms; NFKC turns those back into the characters a reader searches for. Other
     * compatibility forms (full-width punctuation) are left alone because Chinese text uses them.
     */
    static String normalize(String s) {
        boolean needs = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0xFB00 && c <= 0xFB4F || c >= 0x2F00 && c <= 0x2FDF || c >= 0xF900 && c <= 0xFAFF) {
                needs = true;
                break;
            }
        }
        if (s.indexOf('\u00A0') >= 0 || s.indexOf('\u3000') >= 0) s = s.replace('\u00A0', ' ').replace('\u3000', ' ');
        return needs ? Normalizer.normalize(s, Normalizer.Form.NFKC) : s;
    }

    /** True when the text cannot be what the glyph shows: no map, private use, replacement or control characters. */
    static boolean isGarbage(String s) {
        if (s == null || s.isEmpty()) return true;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (type == Character.PRIVATE_USE || type == Character.UNASSIGNED || type == Character.SURROGATE
                    || cp == 0xFFFD || (type == Character.CONTROL && !Character.isWhitespace(cp))) {
                return true;
            }
        }
        return false;
    }

    static boolean isSpace(String s) {
        return !s.isEmpty() && s.isBlank();
    }

    /** CJK ideographs, kana, hangul and full-width forms: each such character is its own word. */
    static boolean isCjk(String s) {
        if (s.isEmpty()) return false;
        int cp = s.codePointAt(0);
        Character.UnicodeScript sc = Character.UnicodeScript.of(cp);
        return sc == Character.UnicodeScript.HAN || sc == Character.UnicodeScript.HIRAGANA
                || sc == Character.UnicodeScript.KATAKANA || sc == Character.UnicodeScript.HANGUL
                || cp >= 0x3000 && cp <= 0x303F || cp >= 0xFF00 && cp <= 0xFFEF || cp >= 0x2E80 && cp <= 0x2FFF;
    }
}
