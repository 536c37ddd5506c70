package org.broadsheet.repair;

/** Where sentences end and which marks may not start a line, for Chinese and Latin text alike. */
final class Punctuation {
    private Punctuation() {}

    private static final String CLOSERS = "”’\"'）)」』】》〉]";
    private static final String SENTENCE_END = "。！？.!?…：:";
    private static final String ANY_END = SENTENCE_END + "，,、；;—–-";
    /** Marks Chinese typesetting keeps off the start of a line (kinsoku). */
    private static final String NO_LINE_START = "，。、；：！？）」』】》〉”’…—·,.;:!?)";

    /** True when the text ends a sentence, allowing closing quotes and brackets after the mark. */
    static boolean endsSentence(String text) {
        int cp = lastBeforeClosers(text);
        return cp >= 0 && SENTENCE_END.indexOf(cp) >= 0;
    }

    /** True when the text ends with any punctuation at all (a heading ends with none). */
    static boolean endsWithPunctuation(String text) {
        int cp = lastBeforeClosers(text);
        if (cp < 0) return !text.isEmpty();
        return ANY_END.indexOf(cp) >= 0 || CLOSERS.indexOf(Script.lastCodePoint(text)) >= 0;
    }

    /** True when the text holds nothing but closing quotes and brackets: a closer pushed onto a line of its own. */
    static boolean onlyClosers(String text) {
        String t = text.strip();
        return !t.isEmpty() && t.codePoints().allMatch(cp -> CLOSERS.indexOf(cp) >= 0);
    }

    /**
     * True when one sentence ends inside the text and another follows it: a Chinese full stop,
     * question or exclamation mark before more text, or a Latin one before a space and a capital.
     */
    static boolean endsSentenceInside(String text) {
        String t = text.stripTrailing();
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            int j = i + 1;
            while (j < t.length() && CLOSERS.indexOf(t.charAt(j)) >= 0) j++;
            if (j >= t.length()) return false;
            if ("。！？".indexOf(c) >= 0) return true;
            if (".!?".indexOf(c) >= 0 && t.charAt(j) == ' ' && j + 1 < t.length()) {
                int k = j + 1;
                while (k < t.length() && "“‘\"'(".indexOf(t.charAt(k)) >= 0) k++;
                if (k < t.length() && Character.isUpperCase(t.charAt(k))) return true;
            }
        }
        return false;
    }

    static boolean mayNotStartLine(int cp) {
        return cp >= 0 && NO_LINE_START.indexOf(cp) >= 0;
    }

    private static int lastBeforeClosers(String text) {
        int i = text.length();
        while (i > 0) {
            int cp = text.codePointBefore(i);
            if (CLOSERS.indexOf(cp) < 0 && !Character.isWhitespace(cp)) return cp;
            i -= Character.charCount(cp);
        }
        return -1;
    }
}
