package org.broadsheet.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Plausible English hyphenation points for the benchmark's line wrapper: between two consonants
 * that sit between vowels (let-ter, im-por-tant), before common suffixes (-tion, -ment) and after
 * common prefixes. At least two letters stay before the break and three after it, as TeX's
 * English defaults allow. Like dictionary hyphenation it keeps a consonant cluster that can begin
 * a syllable together (ap-proved, not app-roved) and never separates a silent -ed (called, thanked).
 */
final class Syllables {
    private Syllables() {}

    private static final Set<String> ONSETS = Set.of("bl", "br", "cl", "cr", "dr", "fl", "fr", "gl", "gr", "pl", "pr",
            "sc", "sk", "sl", "sm", "sn", "sp", "st", "sw", "tr", "tw", "wr");
    private static final Set<String> DIGRAPHS = Set.of("ch", "sh", "th", "ph", "wh", "ck", "gh", "qu", "ng");
    private static final List<String> SUFFIXES = List.of("tion", "sion", "ment", "ness", "able", "ible", "less", "ance", "ence", "ture", "ship", "ing");
    private static final List<String> PREFIXES = List.of("inter", "trans", "under", "over", "con", "com", "dis", "pre", "pro", "sub", "out", "un");

    /** Break positions (number of letters before the hyphen), ascending. */
    static List<Integer> points(String word) {
        List<Integer> out = new ArrayList<>();
        if (word.length() < 5 || !word.chars().allMatch(Character::isLetter)) return out;
        String w = word.toLowerCase();
        for (int p = 2; p <= w.length() - 3; p++) {
            if (silentEnding(w.substring(p))) continue;
            if (suffixAt(w, p) || prefixEnds(w, p) || consonantSplit(w, p)) out.add(p);
        }
        return out;
    }

    /** "-led" of "called", "-ked" of "thanked": the e is silent, so there is no syllable to carry over. */
    private static boolean silentEnding(String tail) {
        return tail.length() == 3 && tail.endsWith("ed") && "td".indexOf(tail.charAt(0)) < 0;
    }

    private static boolean suffixAt(String w, int p) {
        for (String s : SUFFIXES) if (w.endsWith(s) && p == w.length() - s.length() && p >= 3) return true;
        return false;
    }

    private static boolean prefixEnds(String w, int p) {
        for (String s : PREFIXES) {
            if (w.startsWith(s) && p == s.length() && w.length() - p >= 4 && !isVowel(w.charAt(p))) return true;
        }
        return false;
    }

    private static boolean consonantSplit(String w, int p) {
        char a = w.charAt(p - 1);
        char b = w.charAt(p);
        if (isVowel(a) || isVowel(b) || DIGRAPHS.contains("" + a + b) || ONSETS.contains("" + a + b)) return false;
        if (p >= 2 && DIGRAPHS.contains(w.substring(p - 2, p))) return false;
        boolean vowelBefore = w.substring(0, p - 1).chars().anyMatch(c -> isVowel((char) c));
        boolean vowelAfter = p + 1 < w.length() && isVowel(w.charAt(p + 1));
        return vowelBefore && vowelAfter && hasVowel(w.substring(p));
    }

    private static boolean hasVowel(String s) {
        return s.chars().anyMatch(c -> isVowel((char) c));
    }

    private static boolean isVowel(char c) {
        return "aeiouy".indexOf(c) >= 0;
    }
}
