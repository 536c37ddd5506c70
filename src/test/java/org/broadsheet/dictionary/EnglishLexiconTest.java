package org.broadsheet.dictionary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.broadsheet.repair.Lexicon;
import org.broadsheet.repair.Lexicon.Usage;
import org.junit.jupiter.api.Test;

class EnglishLexiconTest {
    private static final Path NOWHERE = Path.of("/nonexistent/xx_XX");

    private static void assumeInstalled(Path stem) {
        assumeTrue(Files.isReadable(Path.of(stem + ".dic")), stem + ".dic not installed");
    }

    @Test
    void aTextIsJudgedInTheSpellingVarietyItsWordsFollow() {
        assumeInstalled(EnglishLexicon.BRITISH_STEM);
        assumeInstalled(EnglishLexicon.AMERICAN_STEM);
        Lexicon english = EnglishLexicon.installed();
        Lexicon british = english.forWords(List.of("the", "harbour", "neighbourhood", "organised"));
        Lexicon american = english.forWords(List.of("the", "harbor", "neighborhood", "organized"));
        assertEquals("en_GB", british.name());
        assertEquals("en_US", american.name());
        assertFalse(british.isWord("homemade"));
        assertTrue(american.isWord("homemade"));
        // No evidence either way: a word of either variety counts.
        Lexicon either = english.forWords(List.of("the", "plan"));
        assertEquals("en_GB+en_US", either.name());
        assertTrue(either.isWord("homemade") && either.isWord("harbour"));
    }

    @Test
    void listsOnlyCompoundsThatAreEntriesNotAnyTwoWordsJoined() {
        assumeInstalled(EnglishLexicon.BRITISH_STEM);
        Lexicon english = EnglishLexicon.installed();
        assertTrue(english.listsCompound("well-known"));
        assertTrue(english.listsCompound("Front-line"));
        // Hunspell's spell() accepts "green-house" by splitting at the hyphen; it is no entry.
        assertTrue(english.isWord("green-house"));
        assertFalse(english.listsCompound("green-house"));
        assertFalse(english.listsCompound("exam-ple"));
    }

    @Test
    void sizeTiersTellEverydayWordsFromRareOnes() {
        assumeTrue(Files.isReadable(WordTiers.DEFAULT_DIR.resolve("english-words.10")), "scowl not installed");
        Lexicon english = EnglishLexicon.installed();
        assertEquals(Usage.COMMON, english.usage("cooperate"));
        assertEquals(Usage.COMMON, english.usage("Example"));
        assertEquals(Usage.RARE, english.usage("frontline"));
    }

    @Test
    void withoutTheBritishDictionaryBritishFormsAreCheckedInAmericanSpelling() {
        assumeInstalled(EnglishLexicon.AMERICAN_STEM);
        Lexicon american = EnglishLexicon.load(NOWHERE, EnglishLexicon.AMERICAN_STEM, NOWHERE);
        assertTrue(american.available());
        assertEquals("en_US", american.name());
        assertTrue(american.isWord("harbour") && american.isWord("organised"));
        assertFalse(american.listsCompound("well-known"), "en_US lists no hyphenated compounds");
        assertEquals(Usage.UNKNOWN, american.usage("example"), "no tiers without scowl");
        // With one dictionary there is nothing to choose between.
        assertEquals("en_US", american.forWords(List.of("harbour")).name());
    }

    @Test
    void withoutAnyDictionaryAStandInSaysWhy() {
        Lexicon none = EnglishLexicon.load(NOWHERE, NOWHERE, NOWHERE);
        assertFalse(none.available());
        assertTrue(none.unavailableReason().contains("xx_XX.dic"), none.unavailableReason());
        assertFalse(none.isWord("example"));
    }

    @Test
    void isLoadedOnce() {
        assertTrue(EnglishLexicon.installed() == EnglishLexicon.installed());
    }
}
