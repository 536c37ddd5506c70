package org.broadsheet.model;

import java.util.List;

/**
 * A paragraph as the source reports it (Tesseract's paragraph model), lines in order.
 *
 * @param firstLineIndent indent of the first line relative to the others, in pixels (Tesseract's estimate; 0 unknown)
 */
public record Paragraph(Box box, List<Line> lines, int firstLineIndent, Justification justification) {
    public Paragraph {
        lines = List.copyOf(lines);
    }
}
