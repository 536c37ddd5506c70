package org.broadsheet.repair;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Decides where paragraphs start. A paragraph starts at an indent, after extra space, after a
 * line that ends a sentence and stops short (the next word would have fitted), and around headings
 * and bylines: short lines without closing punctuation that stand apart.
 */
final class ParagraphBreaker {
    private ParagraphBreaker() {}

    /** A paragraph as a range of cue indices, with its role (null for body text). */
    record Span(int from, int to, String role) {}

    /** Headings longer than this many lines are taken as unpunctuated text... */
    private static final int MAX_HEADING_LINES = 2;
    /** ...except a short one, which a narrow column breaks into one more line. */
    private static final int SHORT_HEADING_LINES = 3;
    private static final int SHORT_HEADING_COLUMNS = 32;
    private static final Pattern BYLINE = Pattern.compile(
            "^(?:(?:By|BY)\\s+\\p{Lu}|(?:本报|本報)?(?:特约|特派|驻\\S{1,6})?(?:记者|記者|通讯员|通訊員|评论员|評論員)\\s*\\S)");

    static List<Span> split(List<LineCue> cues) {
        List<Span> spans = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= cues.size(); i++) {
            if (i == cues.size() || startsParagraph(cues, start, i)) {
                spans.add(new Span(start, i, role(cues, start, i)));
                start = i;
            }
        }
        return spans;
    }

    private static boolean startsParagraph(List<LineCue> cues, int start, int i) {
        LineCue prev = cues.get(i - 1);
        LineCue cur = cues.get(i);
        if (cur.standalone() || prev.standalone()) return true;
        // Closing marks cannot open a paragraph, wherever extraction put them.
        if (Punctuation.onlyClosers(cur.text())) return false;
        if (cur.indented() || cur.gapBefore()) return true;
        if (cur.emphasised() != prev.emphasised()) return true;
        if (prev.roomAfter() && endsSentence(cues, i - 1)) return true;
        if (headingLike(cues, start, i) && (cur.opensSentence() || prev.roomAfter() && startsLikeASentence(cur.text()))) return true;
        if (isByline(cur) && cur.roomAfter()) return true;
        // One or two unpunctuated lines right after a sentence end, set off below, are a subhead even when the sentence filled its line.
        return endsSentence(cues, i - 1) && headingBlockAt(cues, i);
    }

    /** A line holding only closing marks (a quote pushed onto a line of its own) ends the sentence the line before it ended. */
    private static boolean endsSentence(List<LineCue> cues, int k) {
        String t = cues.get(k).text();
        if (k > 0 && Punctuation.onlyClosers(t)) t = cues.get(k - 1).text() + t;
        return Punctuation.endsSentence(t);
    }

    private static boolean headingBlockAt(List<LineCue> cues, int i) {
        for (int last = i; last < i + SHORT_HEADING_LINES && last + 1 < cues.size(); last++) {
            if (!looseHeadingLine(cues.get(last)) || !headingSized(cues, i, last + 1)) return false;
            LineCue after = cues.get(last + 1);
            if (setOffAfter(cues, last) && startsLikeASentence(after.text()) && !DanglingWords.endsOnOne(cues.get(last).text())) return true;
        }
        return false;
    }

    /** The line is the last before a fresh start: the next word would have fitted, or the next line stands apart or must open a sentence. */
    private static boolean setOffAfter(List<LineCue> cues, int last) {
        if (cues.get(last).roomAfter()) return true;
        if (last + 1 >= cues.size()) return false;
        LineCue after = cues.get(last + 1);
        return after.indented() || after.gapBefore() || after.opensSentence();
    }

    /** After a heading the text starts afresh: a capital letter in Latin script; Chinese has no case to tell. */
    private static boolean startsLikeASentence(String text) {
        for (int k = 0; k < text.length(); ) {
            int cp = text.codePointAt(k);
            if (Script.isCjk(cp)) return true;
            if (Character.isLetter(cp)) return Character.isUpperCase(cp);
            if (Character.isDigit(cp)) return false;
            k += Character.charCount(cp);
        }
        return false;
    }

    /** The paragraph so far, lines start..i-1, reads as a heading: one or two lines ending without punctuation. */
    private static boolean headingLike(List<LineCue> cues, int start, int i) {
        // An indented first line opens a body paragraph; headings are not indented.
        if (!headingSized(cues, start, i) || cues.get(start).indented()) return false;
        for (int k = start; k < i; k++) if (!looseHeadingLine(cues.get(k))) return false;
        return !DanglingWords.endsOnOne(cues.get(i - 1).text());
    }

    private static boolean headingSized(List<LineCue> cues, int from, int to) {
        int lines = to - from;
        if (lines <= MAX_HEADING_LINES) return true;
        if (lines > SHORT_HEADING_LINES) return false;
        int columns = 0;
        for (int k = from; k < to; k++) columns += Script.width(cues.get(k).text(), false);
        return columns <= SHORT_HEADING_COLUMNS;
    }

    /**
     * A line a heading could end or go on with: no closing punctuation, though it may end on a word
     * split by a hyphen, and no sentence ending inside it.
     */
    private static boolean looseHeadingLine(LineCue c) {
        String t = c.text();
        return !t.isEmpty() && (!Punctuation.endsWithPunctuation(t) || LineEnds.endsWithWordHyphen(t)) && !Punctuation.endsSentenceInside(t);
    }

    private static boolean isByline(LineCue c) {
        return looseHeadingLine(c) && BYLINE.matcher(c.text()).find();
    }

    private static String role(List<LineCue> cues, int from, int to) {
        if (cues.get(from).standalone()) return "caption";
        if (cues.subList(from, to).stream().allMatch(LineCue::emphasised)) return isByline(cues.get(from)) ? "byline" : "heading";
        LineCue last = cues.get(to - 1);
        if (to == cues.size() && from == 0) return null;
        if (!headingSized(cues, from, to) || !setOffAfter(cues, to - 1) || cues.get(from).indented()) return null;
        for (int k = from; k < to; k++) if (!looseHeadingLine(cues.get(k))) return null;
        if (DanglingWords.endsOnOne(last.text())) return null;
        if (isByline(cues.get(from))) return "byline";
        return to < cues.size() ? "heading" : null;
    }
}
