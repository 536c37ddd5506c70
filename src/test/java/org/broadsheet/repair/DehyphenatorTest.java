package org.broadsheet.repair;

import org.broadsheet.dictionary.EnglishLexicon;
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
        english = EnglishLexicon.installed();
        assumeTrue(english.available(), "no hunspell English dictionary installed: " + english.unavailableReason());
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
    void aCompoundTheDictionaryListsKeepsItsHyphenWhereTheTextsVarietyHasNoClosedForm() {
        Lexicon british = english.forWords(List.of("the", "harbour", "neighbourhood"));
        assumeTrue(british.name().equals("en_GB"), "en_GB not installed");
        Hyphenation kept = new Dehyphenator(british, WordCounts.of(List.of())).decide("L1", "fresh home-", "made bread");
        assertFalse(kept.hyphenRemoved(), kept.reason());
        assertTrue(kept.reason().contains("lists home-made, not homemade"), kept.reason());
        Lexicon american = english.forWords(List.of("the", "harbor", "neighborhood"));
        Hyphenation joined = new Dehyphenator(american, WordCounts.of(List.of())).decide("L1", "fresh home-", "made bread");
        assertTrue(joined.hyphenRemoved(), joined.reason());
        assertEquals("homemade", joined.result());
    }

    @Test
    void whenBothFormsAreListedAnEverydayClosedWordIsJoinedAndARareOneKeepsTheHyphen() {
        assumeTrue(english.usage("cooperate") != Lexicon.Usage.UNKNOWN, "scowl not installed");
        Hyphenation rare = decide("cuts to front-", "line services");
        assertFalse(rare.hyphenRemoved(), rare.reason());
        assertTrue(rare.reason().contains("rare"), rare.reason());
        Hyphenation common = decide("refused to co-", "operate with");
        assertTrue(common.hyphenRemoved(), common.reason());
        assertTrue(common.reason().contains("everyday"), common.reason());
    }

    @Test
    void whenBothFormsAreListedAndNothingRanksThemTheHyphenStays() {
        Lexicon unranked = new Lexicon() {
            @Override public boolean isWord(String word) { return word.equals("frontline"); }
            @Override public boolean listsCompound(String hyphenated) { return hyphenated.equals("front-line"); }
            @Override public String name() { return "test"; }
            @Override public boolean available() { return true; }
        };
        Hyphenation h = new Dehyphenator(unranked, WordCounts.of(List.of())).decide("L1", "cuts to front-", "line services");
        assertFalse(h.hyphenRemoved(), h.reason());
        assertTrue(h.reason().contains("no word frequencies"), h.reason());
    }
}
