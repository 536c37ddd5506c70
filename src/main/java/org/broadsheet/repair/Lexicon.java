package org.broadsheet.repair;

/** Knows whether a string is a word of the language; the dehyphenation rule asks it. */
public interface Lexicon {
    boolean isWord(String word);

    /** Short name used in the reasons recorded for each decision, for example {@code en_US}. */
    String name();

    /** False for the stand-in used when no dictionary could be loaded. */
    boolean available();

    /** Why no dictionary is available; null when one is. */
    default String unavailableReason() { return null; }

    static Lexicon none(String reason) {
        return new Lexicon() {
            @Override public boolean isWord(String word) { return false; }
            @Override public String name() { return "none"; }
            @Override public boolean available() { return false; }
            @Override public String unavailableReason() { return reason; }
        };
    }
}
