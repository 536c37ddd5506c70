package org.broadsheet.export.review;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Escaping and small formatting helpers shared by the review pages. */
final class Html {
    private Html() {}

    /** Safe in element text and in quoted attribute values alike. */
    static String esc(String s) {
        if (s == null) return "";
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                // Control characters from damaged OCR output are not allowed in HTML text.
                default -> sb.append(c < 0x20 && c != '\n' && c != '\t' ? '\uFFFD' : c);
            }
        }
        return sb.toString();
    }

    /**
     * A relative URL for a '/'-separated path: each segment percent-encoded as UTF-8, so folder names
     * with spaces, '#', '?' or Chinese characters still resolve from file://.
     */
    static String url(String path) {
        StringBuilder sb = new StringBuilder();
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            boolean plain = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || c == '-' || c == '_' || c == '.' || c == '~' || c == '/';
            if (plain) sb.append((char) c);
            else sb.append('%').append(String.format("%02X", c));
        }
        return sb.toString();
    }

    /** Distinct colours for neighbouring articles: hues a golden angle apart. */
    static String colour(int index) {
        double hue = (index * 137.508) % 360;
        return String.format(Locale.ROOT, "hsl(%.0f, 85%%, 42%%)", hue);
    }

    /** Percentage with enough digits that a box lands within a pixel on a 4000 px wide display. */
    static String pct(double part, double whole) {
        return String.format(Locale.ROOT, "%.4f%%", whole <= 0 ? 0 : 100.0 * part / whole);
    }

    static String num(double v, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }

    /** True when the text holds Han characters, so the browser picks a CJK font and line breaking. */
    static boolean hasHan(String s) {
        return s != null && s.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }
}
