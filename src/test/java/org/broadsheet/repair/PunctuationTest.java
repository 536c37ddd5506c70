package org.broadsheet.repair;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PunctuationTest {
    @Test
    void aSentenceEndingInsideALineIsFoundInBothScripts() {
        assertTrue(Punctuation.endsSentenceInside("on Monday. The mayor said"));
        assertTrue(Punctuation.endsSentenceInside("he said.” The mayor"));
        assertTrue(Punctuation.endsSentenceInside("推进改革。今年以来"));
        assertFalse(Punctuation.endsSentenceInside("The plan was approved."));
        assertFalse(Punctuation.endsSentenceInside("推进改革。”"));
        assertFalse(Punctuation.endsSentenceInside("rose 3.5 per cent in"), "a decimal point ends nothing");
        assertFalse(Punctuation.endsSentenceInside("the U.S. trade talks"), "no capital after the stop");
    }

    @Test
    void aLineOfClosersOnlyIsTheEndOfTheLineBefore() {
        assertTrue(Punctuation.onlyClosers("”"));
        assertTrue(Punctuation.onlyClosers(" ”） "));
        assertFalse(Punctuation.onlyClosers("”他说"));
        assertFalse(Punctuation.onlyClosers(""));
    }

    @Test
    void danglingWordsEndNoHeading() {
        assertTrue(DanglingWords.endsOnOne("Residents of the"));
        assertTrue(DanglingWords.endsOnOne("Talks between the two sides and"));
        assertTrue(DanglingWords.endsOnOne("public next month and runs until"));
        assertTrue(DanglingWords.endsOnOne("the council said it would"));
        assertFalse(DanglingWords.endsOnOne("Harbour plan approved"));
        assertFalse(DanglingWords.endsOnOne("What happens next"));
        assertFalse(DanglingWords.endsOnOne("Theatre"), "a word ending in the letters of one is not one");
        assertFalse(DanglingWords.endsOnOne("今年以来"));
    }
}
