package org.broadsheet.model;

import java.util.List;

/**
 * A repaired paragraph: one string without line breaks.
 *
 * @param role    null for body text, otherwise for example {@code subhead}
 * @param lineIds the source lines it was made from, so exporters can map text back to coordinates
 */
public record TextParagraph(String text, String role, List<String> lineIds) {
    public TextParagraph {
        lineIds = List.copyOf(lineIds);
    }
}
