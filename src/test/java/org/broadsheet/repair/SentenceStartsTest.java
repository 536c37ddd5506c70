package org.broadsheet.repair;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.broadsheet.dictionary.EnglishLexicon;
import org.junit.jupiter.api.Test;

class SentenceStartsTest {
    private static SentenceStarts starts(String... documentLines) {
        WordCounts counts = WordCounts.of(List.of(documentLines));
        return new SentenceStarts(LazyLexicon.forWords(EnglishLexicon::installed, counts.lowerCaseWords()), counts);
    }

    @Test
    void aWordTheDocumentWritesInLowerCaseOpensASentenceWhenCapitalised() {
        SentenceStarts s = starts("the plan was approved by the workers");
        assertTrue(s.opens("The council met"));
        assertTrue(s.opens("“The figures speak for themselves,”"));
        assertTrue(s.opens("Workers at the plant"));
    }

    @Test
    void anEverydayWordOfTheDictionaryOpensASentenceEvenIfTheDocumentNeverWritesIt() {
        SentenceStarts s = starts("nothing else here");
        assertTrue(s.opens("Negotiators said"));
    }

    @Test
    void namesThePronounIAcronymsAndLowerCaseDoNot() {
        SentenceStarts s = starts("the council met");
        assertFalse(s.opens("Friday was chosen"), "English has no lower-case friday");
        assertFalse(s.opens("Geneva hosted the talks"), "geneva is a rare word: the name is meant");
        assertFalse(s.opens("I said no"));
        assertFalse(s.opens("NATO said"));
        assertFalse(s.opens("the council"));
        assertFalse(s.opens("2024 was a good year"));
    }

    @Test
    void aWordTheDocumentCapitalisesMidSentenceIsANameThere() {
        SentenceStarts s = starts("members of the Council agreed", "the council said");
        assertFalse(s.opens("Council members agreed"));
    }

    @Test
    void chineseHasNoCaseAndNeverOpensASentenceForCertain() {
        SentenceStarts s = starts("今年以来，我市持续优化营商环境。");
        assertFalse(s.opens("今年以来，我市持续优化营商环境。"));
        assertFalse(s.opens("“队员们发挥得非常出色。”"));
    }
}
