package org.broadsheet.repair;

import java.util.List;
import org.broadsheet.model.Hyphenation;
import org.broadsheet.model.TextParagraph;

/** Repaired plain text: its paragraphs (line ids are {@code L1}, {@code L2}... of the input) and every hyphen decision. */
public record RepairResult(List<TextParagraph> paragraphs, List<Hyphenation> hyphenations) {
    public RepairResult {
        paragraphs = List.copyOf(paragraphs);
        hyphenations = List.copyOf(hyphenations);
    }

    /** Paragraphs separated by one blank line, no line breaks inside a paragraph, a final newline. */
    public String render() {
        StringBuilder sb = new StringBuilder();
        for (TextParagraph p : paragraphs) {
            if (sb.length() > 0) sb.append('\n');
            sb.append(p.text()).append('\n');
        }
        return sb.toString();
    }
}
