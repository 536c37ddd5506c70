package org.broadsheet.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CerTest {

    @Test
    void classicEditDistances() {
        assertEquals(3, Cer.levenshtein("kitten", "sitting"));
        assertEquals(0, Cer.levenshtein("", ""));
        assertEquals(4, Cer.levenshtein("", "abcd"));
        assertEquals(2, Cer.levenshtein("报纸新闻", "报新"));
    }

    @Test
    void rateIsDistanceOverTruthLength() {
        assertEquals(0.0, Cer.of("the news", "the news"));
        assertEquals(0.1, Cer.rate("abcdefghij", "abcdefghiX"), 1e-12);
        assertEquals(0.5, Cer.rate("城市地铁", "城市"), 1e-12);
        assertEquals(1.0, Cer.rate("", "noise"));
        assertEquals(0.0, Cer.rate("", ""));
    }

    @Test
    void whitespaceIsCollapsedOrIgnored() {
        assertEquals(0.0, Cer.of("one  two\nthree ", "one two three"));
        assertEquals(0.0, Cer.ignoringWhitespace("城市地铁六号线", "城 市 地铁\n六号 线"));
        assertEquals(1.0 / 7, Cer.ignoringWhitespace("城市地铁六号线", "城 市 地铁\n六号 钱"), 1e-12);
    }

    @Test
    void countsCodePointsNotUtf16Units() {
        // U+20000 is one character outside the BMP (two UTF-16 units); replacing it is one edit.
        assertEquals(1, Cer.levenshtein("a\uD840\uDC00b", "axb"));
        assertEquals(1.0 / 3, Cer.rate("a\uD840\uDC00b", "axb"), 1e-12);
    }
}
