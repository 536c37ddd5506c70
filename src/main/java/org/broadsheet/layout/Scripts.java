package org.broadsheet.layout;

/** Character classes the layout rules need for both Chinese and Latin-script pages. */
public final class Scripts {
    private Scripts() {}

    public static boolean isCjk(int cp) {
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        return s == Character.UnicodeScript.HAN || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFFEF);
    }

    /** Share of the letters and ideographs of {@code s} that are Han characters. */
    public static double cjkShare(String s) {
        int han = 0, letters = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                letters++;
                if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) han++;
            }
        }
        return letters == 0 ? 0 : (double) han / letters;
    }

    /** Share of the Latin letters of {@code s} that are upper case; 0 when there are fewer than three. */
    public static double upperShare(String s) {
        int up = 0, letters = 0;
        for (char c : s.toCharArray()) {
            if (c < 0x250 && Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) up++;
            }
        }
        return letters < 3 ? 0 : (double) up / letters;
    }

    public static int letterCount(String s) {
        return (int) s.codePoints().filter(Character::isLetterOrDigit).count();
    }
}
