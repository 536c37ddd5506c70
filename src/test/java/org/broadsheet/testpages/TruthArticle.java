package org.broadsheet.testpages;

import java.util.ArrayList;
import java.util.List;
import org.broadsheet.model.Box;
import org.broadsheet.model.Role;

/**
 * What an article on a rendered page really says and where it is.
 *
 * @param paragraphs body paragraphs and subheads in reading order, each a whole string
 * @param columns    0-based page columns the article occupies
 * @param bbox       union of everything drawn for it (headline, body, photo, caption, frame)
 * @param frame      the drawn sidebar frame, or null
 * @param photos     grey photo rectangles
 * @param lines      every drawn line: headline block, caption, then body column by column
 */
public record TruthArticle(String id, String title, String kicker, String subtitle, String byline,
                           List<TruthParagraph> paragraphs, List<String> captions, List<Integer> columns, Box bbox,
                           boolean boxed, Box frame, List<Box> photos, List<TruthLine> lines,
                           List<TruthHyphen> hyphens) {

    public TruthArticle {
        paragraphs = List.copyOf(paragraphs);
        captions = List.copyOf(captions);
        columns = List.copyOf(columns);
        photos = List.copyOf(photos);
        lines = List.copyOf(lines);
        hyphens = List.copyOf(hyphens);
    }

    /** Body paragraphs only, without subheads. */
    public List<String> bodyParagraphs() {
        return paragraphs.stream().filter(TruthParagraph::body).map(TruthParagraph::text).toList();
    }

    public List<TruthLine> lines(Role role) {
        return lines.stream().filter(l -> l.role() == role).toList();
    }

    /** Reading-order text: kicker, title, subtitle, byline, paragraphs, captions; one per line. */
    public String toText() {
        List<String> parts = new ArrayList<>();
        for (String s : new String[] {kicker, title, subtitle, byline}) if (s != null) parts.add(s);
        paragraphs.forEach(p -> parts.add(p.text()));
        parts.addAll(captions);
        return String.join("\n", parts);
    }
}
