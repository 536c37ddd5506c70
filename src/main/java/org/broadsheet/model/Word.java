package org.broadsheet.model;

/**
 * One recognised word (for CJK, Tesseract's "word" is usually one character or a short run).
 *
 * @param confidence 0..1
 * @param fontSize   height of the word's text in pixels as the source reports it; 0 when unknown
 * @param bold       true when the source says the word is set in a bold face (PDF fonts); OCR leaves it false
 */
public record Word(String text, Box box, double confidence, double fontSize, boolean bold) {
    public Word(String text, Box box, double confidence) {
        this(text, box, confidence, 0, false);
    }
}
