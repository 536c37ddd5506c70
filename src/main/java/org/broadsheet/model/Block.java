package org.broadsheet.model;

import java.util.List;

public record Block(String id, BlockKind kind, Box box, List<Paragraph> paragraphs, double confidence) {
    public Block {
        paragraphs = List.copyOf(paragraphs);
    }

    public List<Line> lines() {
        return paragraphs.stream().flatMap(p -> p.lines().stream()).toList();
    }
}
