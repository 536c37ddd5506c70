package org.broadsheet.testpages;

/** The writing system of a test page; decides fonts, line breaking and indentation. */
public enum Script {
    SIMPLIFIED("chi_sim"), TRADITIONAL("chi_tra"), ENGLISH("eng");

    private final String tesseractLanguage;

    Script(String tesseractLanguage) { this.tesseractLanguage = tesseractLanguage; }

    public boolean cjk() { return this != ENGLISH; }

    /** The traineddata name that reads this script, for tests that run Tesseract on a rendered page. */
    public String tesseractLanguage() { return tesseractLanguage; }
}
