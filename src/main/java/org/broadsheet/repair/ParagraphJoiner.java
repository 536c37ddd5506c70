package org.broadsheet.repair;

import java.util.ArrayList;
import java.util.List;
import org.broadsheet.model.Hyphenation;

/**
 * Joins the lines of one paragraph into one string: Chinese lines meet without a space, Latin
 * lines with one, a hyphen at a line end is decided by the {@link Dehyphenator}, and half-width
 * punctuation in Chinese context is made full width once the whole paragraph is known.
 */
final class ParagraphJoiner {
    /** A joined paragraph and the hyphen decisions made inside it. */
    record Joined(String text, List<Hyphenation> hyphenations) {}

    /** One paragraph the breaker found, joined: its role (null for body), its source line ids, its text. */
    record Piece(String role, List<String> ids, Joined joined) {}

    /** Splits the cued lines into paragraphs and joins each one. */
    List<Piece> joinAll(List<LineCue> cues) {
        List<Piece> out = new java.util.ArrayList<>();
        for (ParagraphBreaker.Span span : ParagraphBreaker.split(cues)) {
            List<LineCue> lines = cues.subList(span.from(), span.to());
            List<String> ids = new java.util.ArrayList<>();
            lines.forEach(c -> ids.addAll(c.ids()));
            Joined joined = join(lines.stream().map(c -> c.ids().get(c.ids().size() - 1)).toList(),
                    lines.stream().map(LineCue::text).toList());
            out.add(new Piece(span.role(), ids, joined));
        }
        return out;
    }

    private final Dehyphenator dehyphenator;
    private final boolean spaceAtScriptChange;
    private final boolean keepPunctuation;

    /**
     * @param spaceAtScriptChange whether a line break between Chinese and Latin becomes a space;
     *                            plain text cannot say, so callers follow the document's own habit
     */
    ParagraphJoiner(Dehyphenator dehyphenator, boolean spaceAtScriptChange) {
        this(dehyphenator, spaceAtScriptChange, false);
    }

    private ParagraphJoiner(Dehyphenator dehyphenator, boolean spaceAtScriptChange, boolean keepPunctuation) {
        this.dehyphenator = dehyphenator;
        this.spaceAtScriptChange = spaceAtScriptChange;
        this.keepPunctuation = keepPunctuation;
    }

    /**
     * A joiner that leaves punctuation as the lines have it: for a text layer, where a half-width
     * comma in Chinese is what the paper printed, not a misreading.
     */
    ParagraphJoiner keepingPunctuation(boolean keep) {
        return new ParagraphJoiner(dehyphenator, spaceAtScriptChange, keep);
    }

    Joined join(List<String> ids, List<String> texts) {
        StringBuilder sb = new StringBuilder();
        List<Hyphenation> hyphenations = new ArrayList<>();
        String lastId = null;
        for (int k = 0; k < texts.size(); k++) {
            String t = texts.get(k).strip();
            if (t.isEmpty()) continue;
            String id = lastId;
            lastId = ids.get(k);
            if (sb.length() == 0) {
                sb.append(t);
                continue;
            }
            String prev = sb.toString();
            int next = t.codePointAt(0);
            if (LineEnds.endsWithWordHyphen(prev) && Character.isLetterOrDigit(next) && !Script.isCjk(next)) {
                String following = k + 1 < texts.size() ? texts.get(k + 1) : null;
                Hyphenation h = dehyphenator.decide(id, prev, t, following);
                hyphenations.add(h);
                sb.setLength(sb.length() - 1);
                if (!h.hyphenRemoved()) sb.append('-');
                sb.append(t);
                continue;
            }
            sb.append(separator(Script.lastCodePoint(prev), prev, next)).append(t);
        }
        return new Joined(keepPunctuation ? sb.toString() : CjkPunctuation.fix(sb.toString()), hyphenations);
    }

    /** What goes between two lines: nothing inside Chinese, a space inside Latin text, the document's habit between them. */
    String separator(int last, String prev, int next) {
        boolean cjkLast = Script.isCjk(last);
        boolean cjkNext = Script.isCjk(next);
        if ((cjkLast && cjkSide(next)) || (cjkSide(last) && cjkNext)) return "";
        if (cjkLast || cjkNext) return spaceAtScriptChange ? " " : "";
        // An unspaced dash joins words: "word—" + "next".
        if ((last == '—' || last == '–') && prev.length() > 1 && prev.charAt(prev.length() - 2) != ' ') return "";
        return " ";
    }

    private static boolean cjkSide(int cp) {
        return Script.isCjk(cp) || "“”‘’—…·".indexOf(cp) >= 0;
    }

    /**
     * The document's habit at a change between Chinese and Latin script inside its lines: true when
     * it mostly puts a space there ({@code 使用 GDP 指标}), false when it runs them together.
     */
    static boolean spacesAtScriptChange(List<String> lines) {
        int spaced = 0;
        int tight = 0;
        for (String line : lines) {
            int[] cps = line.codePoints().toArray();
            for (int i = 1; i < cps.length; i++) {
                if (cps[i] == ' ' && i + 1 < cps.length && scriptChange(cps[i - 1], cps[i + 1])) spaced++;
                else if (scriptChange(cps[i - 1], cps[i])) tight++;
            }
        }
        return spaced > tight;
    }

    private static boolean scriptChange(int a, int b) {
        return (Script.isHan(a) && Script.isLatinish(b)) || (Script.isLatinish(a) && Script.isHan(b));
    }
}
