package org.broadsheet.repair;

import java.util.Locale;
import java.util.Set;

/**
 * English words that need something after them (articles, prepositions, conjunctions,
 * possessives): a line ending on one is cut off mid-phrase, so it is never the whole of a heading.
 */
final class DanglingWords {
    private DanglingWords() {}

    private static final Set<String> WORDS = Set.of("a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "with",
            "from", "into", "onto", "upon", "about", "and", "or", "but", "nor", "as", "than", "that", "his", "her", "its",
            "their", "our", "my", "your", "this", "these", "those", "mr", "mrs", "ms", "dr");

    static boolean endsOnOne(String line) {
        String t = line.stripTrailing();
        int i = t.length();
        while (i > 0 && Script.isLatinLetter(t.codePointBefore(i))) i -= Character.charCount(t.codePointBefore(i));
        return i < t.length() && (i == 0 || !Character.isLetterOrDigit(t.codePointBefore(i)))
                && WORDS.contains(t.substring(i).toLowerCase(Locale.ROOT));
    }
}
