package org.broadsheet.export;

/**
 * Which writing system a text is in, as far as exports care: fonts, language tags, indents and
 * whether words are separated by spaces all differ between Latin and Chinese text, and between
 * simplified and traditional Chinese.
 */
public enum TextScript {
    LATIN("en"), SIMPLIFIED("zh-CN"), TRADITIONAL("zh-TW");

    /**
     * Common characters that exist in only one of the two Chinese standards, as pairs at the same
     * index (traditional, simplified). Characters shared by both (后, 里, 台, 面...) are left out
     * because they say nothing about which standard a text follows.
     */
    private static final String TRADITIONAL_ONLY =
            "這個們來時會說對點開關長門問國學過發經還現與當從實體東車馬見區華書無語讀議進動員題麼頭義應產將電話氣聽記為於並業萬歲總報導灣統競鄉廣歷銀錢買賣價場農軍戰黨號達邊樣種論調變視親愛傳務選舉職責條錄習雙龍鐵醫藥衛護環團圍圖園聯網線紅級約組結給續絕紙細織顯響頁順";
    private static final String SIMPLIFIED_ONLY =
            "这个们来时会说对点开关长门问国学过发经还现与当从实体东车马见区华书无语读议进动员题么头义应产将电话气听记为于并业万岁总报导湾统竞乡广历银钱买卖价场农军战党号达边样种论调变视亲爱传务选举职责条录习双龙铁医药卫护环团围图园联网线红级约组结给续绝纸细织显响页顺";

    private final String languageTag;

    TextScript(String languageTag) {
        this.languageTag = languageTag;
    }

    /** BCP 47 tag as Word and ALTO expect it (zh-CN, zh-TW, en). */
    public String languageTag() { return languageTag; }

    public boolean chinese() { return this != LATIN; }

    /** Chinese when at least a third of the letters are Han; traditional when its marker characters outnumber the simplified ones. */
    public static TextScript of(CharSequence text) {
        if (text == null) return LATIN;
        int han = 0, letters = 0, trad = 0, simp = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) continue;
            letters++;
            if (Character.UnicodeScript.of(cp) != Character.UnicodeScript.HAN) continue;
            han++;
            if (cp < 0x10000) {
                if (TRADITIONAL_ONLY.indexOf(cp) >= 0) trad++;
                else if (SIMPLIFIED_ONLY.indexOf(cp) >= 0) simp++;
            }
        }
        if (han == 0 || han * 3 < letters) return LATIN;
        return trad > simp ? TRADITIONAL : SIMPLIFIED;
    }

    /**
     * The Chinese standard a piece of Chinese text follows, or {@code fallback} when it holds none of the
     * marker characters (a short headline often does not): the document's standard is the better guess then.
     */
    public static TextScript chineseVariant(CharSequence text, TextScript fallback) {
        int trad = 0, simp = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (TRADITIONAL_ONLY.indexOf(c) >= 0) trad++;
            else if (SIMPLIFIED_ONLY.indexOf(c) >= 0) simp++;
        }
        return trad > simp ? TRADITIONAL : simp > trad ? SIMPLIFIED : fallback;
    }

    /** True for Han ideographs, CJK punctuation and full-width forms: text that needs no spaces between words. */
    public static boolean isCjk(int cp) {
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.HANGUL
                || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFFEF);
    }

    /** True when the text holds at least one character of {@link #isCjk}. */
    public static boolean containsCjk(CharSequence text) {
        return text != null && text.codePoints().anyMatch(TextScript::isCjk);
    }
}
