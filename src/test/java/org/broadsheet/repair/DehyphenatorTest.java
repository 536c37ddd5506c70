package org.broadsheet.repair;

import org.broadsheet.dictionary.HunspellLexicon;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import org.broadsheet.model.Hyphenation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DehyphenatorTest {
    private static Lexicon english;

    @BeforeAll
    static void loadDictionary() {
        english = HunspellLexicon.english();
        assumeTrue(english.available(), "hunspell en_US not installed: " + english.unavailableReason());
    }

    private static Hyphenation decide(String line, String next, String... otherLines) {
        WordCounts counts = WordCounts.of(List.of(otherLines));
        return new Dehyphenator(english, counts).decide("L1", line, next);
    }

    @Test
    void joinsAWordSplitAtASyllable() {
        Hyphenation h = decide("a major exam-", "ple of cooperation");
        assertTrue(h.hyphenRemoved());
        assertEquals("example", h.result());
        assertEquals("exam-", h.head());
        assertEquals("ple", h.tail());
        assertTrue(h.reason().contains("dictionary"), h.reason());
    }

    @Test
    void keepsACompoundWhoseJoinedFormIsNoWord() {
        Hyphenation h = decide("the well-", "known plan");
        assertFalse(h.hyphenRemoved());
        assertEquals("well-known", h.result());
    }

    @Test
    void keepsHyphensBeforeNumbersAndCapitals() {
        assertEquals("COVID-19", decide("COVID-", "19 funds").result());
        assertEquals("anti-Semitic", decide("the anti-", "Semitic incident").result());
    }

    @Test
    void followsTheDocumentsOwnSpelling() {
        Hyphenation kept = decide("the front-", "line staff", "cuts to front-line services were ruled out");
        assertFalse(kept.hyphenRemoved(), kept.reason());
        assertTrue(kept.reason().contains("document"), kept.reason());
        Hyphenation joined = decide("the Zhang-", "jiakou office", "officials in Zhangjiakou said");
        assertTrue(joined.hyphenRemoved(), joined.reason());
    }

    @Test
    void joinsAllCapsSplits() {
        assertEquals("GOVERNMENT", decide("THE GOVERN-", "MENT SAID").result());
    }

    @Test
    void softHyphenIsAlwaysABreak() {
        Hyphenation h = decide("exam\u00AD", "ple");
        assertTrue(h.hyphenRemoved());
        assertEquals("example", h.result());
    }

    @Test
    void withoutADictionaryFallsBackToDocumentWordsAndSaysSo() {
        Lexicon none = HunspellLexicon.load(Path.of("/nonexistent/xx_XX"));
        assertFalse(none.available());
        WordCounts counts = WordCounts.of(List.of("a well known fact", "many examples"));
        Hyphenation kept = new Dehyphenator(none, counts).decide("L3", "the well-", "known plan");
        assertFalse(kept.hyphenRemoved());
        assertTrue(kept.reason().contains("no dictionary"), kept.reason());
        Hyphenation joined = new Dehyphenator(none, counts).decide("L3", "an exam-", "ple");
        assertTrue(joined.hyphenRemoved());
        assertTrue(joined.reason().contains("no dictionary"), joined.reason());
    }

    @Test
    void keepsAPrefixBeforeTheSameVowelEvenWhenTheDictionaryHasTheClosedForm() {
        Hyphenation h = decide("the pre-", "election debate");
        assertFalse(h.hyphenRemoved(), h.reason());
        assertEquals("pre-election", h.result());
        assertTrue(h.reason().contains("same vowel"), h.reason());
        assertEquals("re-elect", decide("voted to re-", "elect him").result());
        assertEquals("anti-inflation", decide("an anti-", "inflation policy").result());
    }

    @Test
    void joinsAPrefixBeforeAnotherLetterAndFollowsTheDocumentAgainstTheVowelRule() {
        assertEquals("previous", decide("the pre-", "vious year").result());
        assertEquals("detail", decide("every de-", "tail").result());
        Hyphenation h = decide("the pre-", "election debate", "the preelection polls were wrong");
        assertTrue(h.hyphenRemoved(), h.reason());
        assertTrue(h.reason().contains("document"), h.reason());
        // co- is a house style either way: the dictionary has cooperate.
        assertEquals("cooperate", decide("to co-", "operate with").result());
    }

    @Test
    void selfAndAllCompoundsKeepTheirHyphenButNotTheClosedSuffixes() {
        Hyphenation h = decide("the self-", "made man");
        assertFalse(h.hyphenRemoved(), h.reason());
        assertTrue(h.reason().contains("self-"), h.reason());
        assertEquals("all-out", decide("an all-", "out strike").result());
        assertEquals("selfless", decide("a self-", "less act").result());
        assertEquals("selfish", decide("a self-", "ish act").result());
        // al- is no prefix: allowed is split at a syllable.
        assertEquals("allowed", decide("was al-", "lowed in").result());
    }

    @Test
    void dictionaryIsLoadedOnce() {
        assertTrue(HunspellLexicon.english() == HunspellLexicon.english());
    }
}
