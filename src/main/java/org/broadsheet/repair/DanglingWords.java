package org.broadsheet.repair;

import java.util.Locale;
import java.util.Set;

/**
 * English words that need something after them (articles, prepositions, conjunctions,
 * possessives, auxiliaries): a line ending on one is cut off mid-phrase, so it is never the whole
 * of a heading.
 */
final class DanglingWords {
    private DanglingWords() {}

    private static final Set<String> WORDS = Set.of(
            // articles, possessives, demonstratives, titles
            "a", "an", "the", "his", "her", "its", "their", "our", "my", "your", "this", "these", "those", "mr", "mrs", "ms", "dr",
            // prepositions
            "of", "to", "in", "on", "at", "by", "for", "with", "from", "into", "onto", "upon", "about", "until", "till", "after",
            "before", "since", "between", "against", "during", "without", "within", "through", "across", "towards", "toward",
            "among", "amid", "despite", "via", "per",
            // conjunctions and relatives
            "and", "or", "but", "nor", "as", "than", "that", "if", "when", "while", "because", "although", "though", "whether",
            "which", "who", "whom", "whose", "where",
            // auxiliaries and modals waiting for their verb
            "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "shall", "should", "can", "could",
            "may", "might", "must");

    static boolean endsOnOne(String line) {
        String t = line.stripTrailing();
        int i = t.length();
        while (i > 0 && Script.isLatinLetter(t.codePointBefore(i))) i -= Character.charCount(t.codePointBefore(i));
        return i < t.length() && (i == 0 || !Character.isLetterOrDigit(t.codePointBefore(i)))
                && WORDS.contains(t.substring(i).toLowerCase(Locale.ROOT));
    }
}
