package org.broadsheet.repair;

import java.util.Collection;

/** Knows whether a string is a word of the language; the dehyphenation rule asks it. */
public interface Lexicon {
    boolean isWord(String word);

    /** Short name used in the reasons recorded for each decision, for example {@code en_US}. */
    String name();

    /** False for the stand-in used when no dictionary could be loaded. */
    boolean available();

    /** Why no dictionary is available; null when one is. */
    default String unavailableReason() { return null; }

    /**
     * True when the dictionary lists the hyphenated compound as an entry of its own
     * ({@code well-known}); a spell checker also accepts any two words joined by a hyphen, which says nothing.
     */
    default boolean listsCompound(String hyphenated) { return false; }

    /** How common a word is, where the dictionary ranks its words. */
    default Usage usage(String word) { return Usage.UNKNOWN; }

    /**
     * The lexicon to use for one text. A dictionary of several spelling varieties picks the one the
     * text's own words follow (British {@code harbour}, American {@code harbor}).
     *
     * @param lowerCaseWords words the text writes in lower case (proper names would mislead)
     */
    default Lexicon forWords(Collection<String> lowerCaseWords) { return this; }

    /** Commonness of a word: listed among the words of everyday text, listed only in larger word lists, or not known. */
    enum Usage { COMMON, RARE, UNKNOWN }

    static Lexicon none(String reason) {
        return new Lexicon() {
            @Override public boolean isWord(String word) { return false; }
            @Override public String name() { return "none"; }
            @Override public boolean available() { return false; }
            @Override public String unavailableReason() { return reason; }
        };
    }
}
