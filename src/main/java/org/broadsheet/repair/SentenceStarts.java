package org.broadsheet.repair;

import java.util.Locale;

/**
 * Recognises a line that certainly opens a new sentence: its first word is capitalised only
 * because a sentence starts there ({@code The}, {@code Officials}), not because it is a name
 * ({@code Geneva}, {@code Friday}) or the pronoun {@code I}. Running text does not carry a line
 * without closing punctuation on into such a line, so the line before it ended a heading,
 * however full it is.
 */
final class SentenceStarts {
    private final Lexicon lexicon;
    private final WordCounts counts;

    /**
     * @param lexicon asked only when the document itself does not write the word in lower case
     * @param counts  the document's words: where it writes a word in lower case, and where it capitalises one mid-sentence
     */
    SentenceStarts(Lexicon lexicon, WordCounts counts) {
        this.lexicon = lexicon;
        this.counts = counts;
    }

    boolean opens(String line) {
        String word = firstWord(line);
        if (word.length() < 1 || word.equals("I") || !Character.isUpperCase(word.charAt(0))) return false;
        // All capitals are an acronym or a headline, which say nothing about sentences.
        if (word.length() > 1 && word.substring(1).chars().anyMatch(Character::isUpperCase)) return false;
        String lower = word.toLowerCase(Locale.ROOT);
        if (counts.capitalisedInside(lower)) return false;
        if (counts.lowerCaseWords().contains(lower)) return true;
        // A rare word may be a name that happens to be spelled like one (Geneva, a gin).
        return lexicon.available() && lexicon.isWord(lower) && lexicon.usage(lower) != Lexicon.Usage.RARE;
    }

    /** The Latin letters the line starts with, after opening quotes and brackets. */
    private static String firstWord(String line) {
        int i = 0;
        int n = line.length();
        while (i < n && "“‘\"'(".indexOf(line.charAt(i)) >= 0) i++;
        int start = i;
        while (i < n && Script.isLatinLetter(line.codePointAt(i))) i += Character.charCount(line.codePointAt(i));
        // "Officials'" or "Workers," end the word; a digit or ideograph glued on makes it no plain word.
        if (i < n && (Character.isLetterOrDigit(line.codePointAt(i)))) return "";
        return line.substring(start, i);
    }
}
