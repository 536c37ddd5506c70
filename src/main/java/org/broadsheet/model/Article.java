package org.broadsheet.model;

import java.util.List;

/**
 * A finished article: repaired text plus where it came from on the page.
 *
 * @param id         unique within its source file, for example {@code p1-a03}
 * @param title      null for a headline-less item or continuation
 * @param regions    the layout regions the article is made of, in reading order (for ALTO and overlays)
 */
public record Article(String id, int page, String title, String kicker, String subtitle, String byline,
                      List<TextParagraph> paragraphs, List<String> captions, List<Integer> columns,
                      Box bbox, double confidence, List<Region> regions, List<Hyphenation> hyphenations) {
    public Article {
        paragraphs = List.copyOf(paragraphs);
        captions = List.copyOf(captions);
        columns = List.copyOf(columns);
        regions = List.copyOf(regions);
        hyphenations = List.copyOf(hyphenations);
    }
}
