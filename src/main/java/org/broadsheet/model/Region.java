package org.broadsheet.model;

import java.util.List;

/**
 * A run of lines with one role, found by the layout stage.
 *
 * @param firstColumn index of the leftmost column of the page grid the region lies in
 * @param lastColumn  index of the rightmost one (equal for a one-column region)
 * @param boxed       true when the region lies inside a drawn box (a sidebar)
 */
public record Region(String id, Role role, Box box, List<Line> lines, int firstColumn, int lastColumn, boolean boxed) {
    public Region {
        lines = List.copyOf(lines);
    }
}
