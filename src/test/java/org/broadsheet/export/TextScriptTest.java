package org.broadsheet.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextScriptTest {
    @Test
    void tellsSimplifiedTraditionalAndLatinApart() {
        assertEquals(TextScript.SIMPLIFIED, TextScript.of("这个时期的国际贸易与经济发展关系密切。"));
        assertEquals(TextScript.TRADITIONAL, TextScript.of("這個時期的國際貿易與經濟發展關係密切。"));
        assertEquals(TextScript.LATIN, TextScript.of("The harbour at dawn, 1901."));
        assertEquals(TextScript.LATIN, TextScript.of("Shanghai (上海) trade figures for the year rose sharply"));
        assertEquals(TextScript.SIMPLIFIED, TextScript.of("上海港口"), "no marker characters: simplified by default");
        assertEquals(TextScript.TRADITIONAL, TextScript.chineseVariant("上海港口", TextScript.TRADITIONAL));
        assertEquals("zh-TW", TextScript.TRADITIONAL.languageTag());
    }
}
