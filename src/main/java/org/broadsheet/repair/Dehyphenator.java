package org.broadsheet.repair;

import java.util.Locale;
import java.util.Set;
import org.broadsheet.model.Hyphenation;

/**
 * Decides, for a word split at a line end with a hyphen, whether the hyphen was only the break
 * ({@code exam-}+{@code ple} = {@code example}) or belongs to the word ({@code well-known}).
 * Evidence in order: the form of the tail, the document's own spelling, the prefixes English
 * writes with a hyphen, then the dictionary.
 */
final class Dehyphenator {
    /**
     * Prefixes that end in a vowel: before the same vowel English keeps the hyphen (pre-election,
     * re-elect, anti-inflation) even where an American dictionary also lists the closed form.
     * "co" is left out: co-operate and cooperate are both house styles, so the dictionary decides.
     */
    private static final Set<String> VOWEL_PREFIXES = Set.of("pre", "re", "de", "anti", "semi", "multi", "ultra",
            "intra", "extra", "infra", "micro", "macro");
    /** Prefixes whose compounds always keep the hyphen (self-employed, all-out). */
    private static final Set<String> HYPHEN_PREFIXES = Set.of("self", "all");
    /** Endings that make one word with those prefixes (selfless, selfish). */
    private static final Set<String> CLOSING_SUFFIXES = Set.of("less", "lessly", "lessness", "ish", "ishly", "ishness", "same");

    private final Lexicon lexicon;
    private final WordCounts counts;

    Dehyphenator(Lexicon lexicon, WordCounts counts) {
        this.lexicon = lexicon;
        this.counts = counts;
    }

    /**
     * @param line the line ending with the hyphen (trailing space allowed)
     * @param next the following line, stripped
     */
    Hyphenation decide(String lineId, String line, String next) {
        return decide(lineId, line, next, null);
    }

    /**
     * @param following the line after {@code next}, or null; used when the tail is itself split again
     *                  at the end of {@code next} (very narrow columns: {@code well-} / {@code inten-} / {@code tioned})
     */
    Hyphenation decide(String lineId, String line, String next, String following) {
        String t = line.stripTrailing();
        char mark = t.charAt(t.length() - 1);
        String head = LineEnds.headWord(t);
        String tail = LineEnds.tailWord(next);
        String judged = tail;
        if (following != null && !tail.isEmpty() && next.strip().equals(tail + "-")) judged = tail + LineEnds.tailWord(following.strip());
        String headWithMark = head + mark;
        if (mark == LineEnds.SOFT_HYPHEN || mark == LineEnds.NOT_SIGN_HYPHEN) {
            return removed(lineId, headWithMark, head, tail, "soft hyphen: always a line-end break");
        }
        if (tail.isEmpty()) return kept(lineId, headWithMark, head, tail, "kept: no word follows the hyphen");
        if (Character.isDigit(tail.charAt(0)) || Character.isDigit(last(head))) {
            return kept(lineId, headWithMark, head, tail, "kept: a number joins the hyphen (COVID-19 style)");
        }
        if (head.indexOf('.') >= 0) return kept(lineId, headWithMark, head, tail, "kept: abbreviation before the hyphen");
        boolean capsWord = isUpper(head) && isUpper(tail);
        if (Character.isUpperCase(tail.charAt(0)) && !capsWord) {
            return kept(lineId, headWithMark, head, tail, "kept: capitalised tail (anti-Semitic style)");
        }
        String joined = head + judged;
        String hyphenated = head + "-" + judged;
        int joinedCount = counts.word(joined);
        int hyphenatedCount = counts.compound(hyphenated);
        if (hyphenatedCount > joinedCount) {
            return kept(lineId, headWithMark, head, tail, "kept: document spells " + low(hyphenated) + " " + hyphenatedCount + "x");
        }
        if (joinedCount > hyphenatedCount) {
            return removed(lineId, headWithMark, head, tail, "joined: document spells " + low(joined) + " " + joinedCount + "x");
        }
        String prefix = low(head);
        if (VOWEL_PREFIXES.contains(prefix) && Character.toLowerCase(judged.charAt(0)) == prefix.charAt(prefix.length() - 1)) {
            return kept(lineId, headWithMark, head, tail, "kept: prefix " + prefix + "- before the same vowel (pre-election style)");
        }
        if (HYPHEN_PREFIXES.contains(prefix) && !CLOSING_SUFFIXES.contains(low(judged)) && knownWord(stripPossessive(judged))) {
            return kept(lineId, headWithMark, head, tail, "kept: " + prefix + "- compounds keep their hyphen");
        }
        if (lexicon.available()) return byDictionary(lineId, headWithMark, head, tail, judged, joined);
        return byDocumentWords(lineId, headWithMark, head, tail, judged);
    }

    /**
     * The joined form against the hyphenated one as dictionary entries. When both are listed
     * (front-line, frontline) a typesetter's break and the compound's own hyphen look alike, so
     * how common the closed form is decides: an everyday word was most likely broken, a rare one
     * most likely not; without word frequencies the hyphen stays, as the spelling of the line.
     */
    private Hyphenation byDictionary(String lineId, String headWithMark, String head, String tail, String judged, String joined) {
        String dict = "dictionary " + lexicon.name();
        String closed = lexicon.isWord(joined) ? joined : stripPossessive(joined);
        boolean closedListed = lexicon.isWord(closed);
        String compound = head + "-" + judged;
        boolean compoundListed = lexicon.listsCompound(compound) || lexicon.listsCompound(stripPossessive(compound));
        if (closedListed && compoundListed) {
            Lexicon.Usage usage = lexicon.usage(closed);
            String both = dict + " lists both " + low(compound) + " and " + low(closed);
            if (usage == Lexicon.Usage.COMMON) return removed(lineId, headWithMark, head, tail, "joined: " + both + ", an everyday word");
            return kept(lineId, headWithMark, head, tail, "kept: " + both + (usage == Lexicon.Usage.RARE
                    ? ", a rare word" : "; no word frequencies to tell them apart"));
        }
        if (closedListed) return removed(lineId, headWithMark, head, tail, "joined: " + dict + " has " + low(joined));
        if (compoundListed) return kept(lineId, headWithMark, head, tail, "kept: " + dict + " lists " + low(compound) + ", not " + low(joined));
        if (lexicon.isWord(stripPossessive(judged)) && (lexicon.isWord(head) || head.length() <= 5)) {
            return kept(lineId, headWithMark, head, tail, "kept: " + dict + " has both halves but not " + low(joined));
        }
        return removed(lineId, headWithMark, head, tail, "joined: " + dict + " has neither " + low(joined) + " nor the tail; taken as a split word");
    }

    private Hyphenation byDocumentWords(String lineId, String headWithMark, String head, String tail, String judged) {
        String why = lexicon.unavailableReason();
        if (counts.word(head) > 0 && counts.word(stripPossessive(judged)) > 0) {
            return kept(lineId, headWithMark, head, tail, "kept: both halves are words of the document; " + why);
        }
        return removed(lineId, headWithMark, head, tail, "joined: the halves are not both words of the document; " + why);
    }

    private boolean knownWord(String w) {
        return lexicon.available() ? lexicon.isWord(w) : counts.word(w) > 0;
    }

    private static Hyphenation removed(String lineId, String headWithMark, String head, String tail, String reason) {
        return new Hyphenation(lineId, headWithMark, tail, head + tail, true, reason);
    }

    private static Hyphenation kept(String lineId, String headWithMark, String head, String tail, String reason) {
        return new Hyphenation(lineId, headWithMark, tail, head + "-" + tail, false, reason);
    }

    private static String stripPossessive(String w) {
        return w.endsWith("'s") || w.endsWith("’s") ? w.substring(0, w.length() - 2) : w;
    }

    private static boolean isUpper(String s) {
        return !s.isEmpty() && s.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    private static char last(String s) {
        return s.isEmpty() ? ' ' : s.charAt(s.length() - 1);
    }

    private static String low(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
