package org.broadsheet.testpages;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.broadsheet.model.Box;
import org.broadsheet.model.IssueMeta;
import org.broadsheet.model.Separator;

/**
 * Everything known about a rendered page: the masthead, the column grid, the drawn rules and
 * frames, and the articles in reading order (the order the page placed them: top to bottom,
 * left to right as a reader scans a front page).
 *
 * @param columns  one box per column: its x range, from the top of the body area to the bottom margin
 * @param omitted  ids of articles of the spec that did not fit on the page
 */
public record PageTruth(int width, int height, int dpi, Script script, IssueMeta issue, List<TruthLine> mastheadLines,
                        List<Box> columns, List<Separator> rules, List<Box> frames, List<TruthArticle> articles,
                        List<String> omitted, Degradation degradation) {

    public PageTruth {
        mastheadLines = List.copyOf(mastheadLines);
        columns = List.copyOf(columns);
        rules = List.copyOf(rules);
        frames = List.copyOf(frames);
        articles = List.copyOf(articles);
        omitted = List.copyOf(omitted);
    }

    /** Every drawn text line: masthead first, then article by article. */
    public List<TruthLine> allLines() {
        return Stream.concat(mastheadLines.stream(), articles.stream().flatMap(a -> a.lines().stream())).toList();
    }

    /** The page's text in reading order: masthead lines, then each article, articles separated by a blank line. */
    public String toText() {
        List<String> parts = new ArrayList<>();
        if (!mastheadLines.isEmpty()) parts.add(String.join("\n", mastheadLines.stream().map(TruthLine::text).toList()));
        articles.forEach(a -> parts.add(a.toText()));
        return String.join("\n\n", parts);
    }

    public TruthArticle article(String id) {
        return articles.stream().filter(a -> a.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no article " + id + " on the page"));
    }
}
