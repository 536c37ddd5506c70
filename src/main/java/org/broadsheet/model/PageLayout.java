package org.broadsheet.model;

import java.util.List;

/**
 * The layout stage's result: the column grid (as x ranges), drawn rules, boxes, and the
 * page's regions in reading order.
 */
public record PageLayout(PageText page, List<Box> columns, List<Separator> separators, List<Box> frames,
                         List<Region> regions) {
    public PageLayout {
        columns = List.copyOf(columns);
        separators = List.copyOf(separators);
        frames = List.copyOf(frames);
        regions = List.copyOf(regions);
    }
}
