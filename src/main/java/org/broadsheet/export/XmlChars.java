package org.broadsheet.export;

/** OCR output can hold control characters that XML 1.0 forbids; XML exports drop them rather than write a broken file. */
final class XmlChars {
    private XmlChars() {}

    static String clean(String s) {
        if (s == null) return null;
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                    || Character.isSurrogate(c);
            if (!ok && sb == null) sb = new StringBuilder(s.substring(0, i));
            if (ok && sb != null) sb.append(c);
        }
        return sb == null ? s : sb.toString();
    }
}
