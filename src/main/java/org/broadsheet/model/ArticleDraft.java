package org.broadsheet.model;

import java.util.List;

/**
 * One article as the article stage assembled it from regions, before its text is repaired.
 * Regions are in reading order and carry their roles (headline, kicker, byline, body, caption...).
 */
public record ArticleDraft(int page, List<Region> regions, List<Integer> columns) {
    public ArticleDraft {
        regions = List.copyOf(regions);
        columns = List.copyOf(columns);
    }

    public Box box() {
        return Box.unionOf(regions.stream().map(Region::box).toList());
    }
}
