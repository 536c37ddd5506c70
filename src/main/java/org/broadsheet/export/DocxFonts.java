package org.broadsheet.export;

/**
 * The fonts and language tags of a DOCX run. Latin faces are named as Word knows them; LibreOffice on
 * Linux maps them to the metric-compatible Liberation fonts. Chinese text names the Noto CJK faces
 * (Debian's fonts-noto-cjk) and carries its language, so that Word, which may lack those faces, still
 * falls back to a Chinese font of the right standard rather than a Latin one.
 */
enum DocxFonts {
    SERIF("Times New Roman", "Noto Serif CJK SC", "Noto Serif CJK TC"),
    SANS("Arial", "Noto Sans CJK SC", "Noto Sans CJK TC");

    final String latin;
    private final String simplified;
    private final String traditional;

    DocxFonts(String latin, String simplified, String traditional) {
        this.latin = latin;
        this.simplified = simplified;
        this.traditional = traditional;
    }

    /** The East Asian face for text of the given script (simplified for Latin: the document default). */
    String eastAsian(TextScript script) {
        return script == TextScript.TRADITIONAL ? traditional : simplified;
    }
}
