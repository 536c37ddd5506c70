package org.broadsheet.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.broadsheet.model.Article;
import org.broadsheet.model.Box;
import org.broadsheet.model.Hyphenation;
import org.broadsheet.model.Line;
import org.broadsheet.model.Word;

/**
 * Turns an article's lines into ALTO tokens, marking the words that the repair stage joined across a
 * line break: the head (last word of {@link Hyphenation#lineId()}) becomes HypPart1 followed by a HYP
 * for its hyphen, the first word of the next line in the article becomes HypPart2, both carrying the
 * joined word as SUBS_CONTENT.
 */
final class AltoHyphens {
    static final AltoHyphens NONE = new AltoHyphens(Map.of(), Map.of());
    private static final String HYPHENS = "-\u00AD\u2010\u2011\u00AC=";

    /** A String (or, when {@code hyphen}, the HYP) to write; confidence is -1 when unknown. */
    record Token(String text, Box box, double confidence, String subsType, String subsContent, boolean hyphen) {}

    private final Map<Line, Hyphenation> heads;
    private final Map<Line, Hyphenation> tails;

    private AltoHyphens(Map<Line, Hyphenation> heads, Map<Line, Hyphenation> tails) {
        this.heads = heads;
        this.tails = tails;
    }

    static AltoHyphens of(Article a) {
        if (a.hyphenations().isEmpty()) return NONE;
        Map<String, Hyphenation> byLine = new HashMap<>();
        for (Hyphenation h : a.hyphenations()) byLine.putIfAbsent(h.lineId(), h);
        List<Line> lines = a.regions().stream().flatMap(r -> r.lines().stream()).toList();
        Map<Line, Hyphenation> heads = new IdentityHashMap<>();
        Map<Line, Hyphenation> tails = new IdentityHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            Hyphenation h = byLine.get(lines.get(i).id());
            if (h == null) continue;
            heads.put(lines.get(i), h);
            if (i + 1 < lines.size()) tails.put(lines.get(i + 1), h);
        }
        return new AltoHyphens(heads, tails);
    }

    List<Token> tokens(Line line) {
        List<Token> out = new ArrayList<>();
        for (Word w : line.words()) {
            if (w.text() != null && !w.text().isBlank()) out.add(new Token(w.text().strip(), w.box(), w.confidence(), null, null, false));
        }
        // A line the source gave as text only (no word boxes) still needs its text in the ALTO.
        if (out.isEmpty() && line.text() != null && !line.text().isBlank()) {
            out.add(new Token(line.text().strip(), line.box(), line.confidence(), null, null, false));
        }
        if (out.isEmpty()) return out;
        Hyphenation tail = tails.get(line);
        Hyphenation head = heads.get(line);
        if (tail != null && !(head != null && out.size() == 1)) {
            out.set(0, mark(out.get(0), "HypPart2", tail.result()));
        }
        if (head != null) markHead(out, head);
        return out;
    }

    private static void markHead(List<Token> out, Hyphenation h) {
        int last = out.size() - 1;
        Token t = out.get(last);
        if (last > 0 && isAllHyphens(t.text())) {
            // The hyphen was recognised as a word of its own: it becomes the HYP, the word before it the head.
            out.set(last - 1, mark(out.get(last - 1), "HypPart1", h.result()));
            out.set(last, new Token(t.text(), t.box(), -1, null, null, true));
            return;
        }
        String text = t.text();
        int cp = text.codePointBefore(text.length());
        String hyphen;
        Box wordBox = t.box();
        Box hypBox = null;
        if (text.length() > 1 && HYPHENS.indexOf(cp) >= 0) {
            hyphen = new String(Character.toChars(cp));
            text = text.substring(0, text.length() - hyphen.length());
            if (wordBox != null) {
                // Glyph boxes are unknown: give the hyphen one character's share of the word's width.
                int hw = Math.max(1, Math.round((float) wordBox.w() / t.text().codePointCount(0, t.text().length())));
                hw = Math.min(hw, Math.max(0, wordBox.w() - 1));
                hypBox = new Box(wordBox.right() - hw, wordBox.y(), hw, wordBox.h());
                wordBox = new Box(wordBox.x(), wordBox.y(), wordBox.w() - hw, wordBox.h());
            }
        } else {
            String head = h.head() == null ? "" : h.head();
            hyphen = !head.isEmpty() && HYPHENS.indexOf(head.codePointBefore(head.length())) >= 0
                    ? head.substring(head.length() - 1) : null;
        }
        out.set(last, new Token(text, wordBox, t.confidence(), "HypPart1", h.result(), false));
        if (hyphen != null) out.add(new Token(hyphen, hypBox, -1, null, null, true));
    }

    private static Token mark(Token t, String type, String content) {
        return new Token(t.text(), t.box(), t.confidence(), type, content == null ? t.text() : content, false);
    }

    private static boolean isAllHyphens(String s) {
        return !s.isEmpty() && s.codePoints().allMatch(c -> HYPHENS.indexOf(c) >= 0);
    }
}
