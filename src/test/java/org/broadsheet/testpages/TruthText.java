package org.broadsheet.testpages;

import java.util.List;
import org.broadsheet.model.Role;

/** Rebuilds paragraph text from drawn lines, undoing the renderer's own hyphenation: what a perfect reader would get. */
public final class TruthText {
    private TruthText() {}

    /**
     * The body (paragraphs and subheads) of an article as one string, from its drawn lines:
     * English lines joined by spaces with split words rejoined, Chinese lines concatenated.
     */
    public static String bodyFromLines(TruthArticle a, boolean cjk) {
        StringBuilder b = new StringBuilder();
        List<TruthLine> lines = a.lines();
        for (int i = 0; i < lines.size(); i++) {
            TruthLine l = lines.get(i);
            if (l.role() != Role.BODY && l.role() != Role.SUBHEAD) continue;
            String text = l.text();
            boolean joinsNext = false;
            for (TruthHyphen h : a.hyphens()) {
                if (h.lineIndex() == i) {
                    joinsNext = true;
                    if (!h.compound()) text = text.substring(0, text.length() - 1);
                }
            }
            b.append(text);
            if (!cjk && !joinsNext) b.append(' ');
        }
        return b.toString().strip();
    }

    /** The article's paragraphs as {@link #bodyFromLines} would join them. */
    public static String bodyFromParagraphs(TruthArticle a, boolean cjk) {
        return String.join(cjk ? "" : " ", a.paragraphs().stream().map(TruthParagraph::text).toList());
    }
}
