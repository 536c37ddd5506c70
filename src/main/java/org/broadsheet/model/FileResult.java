package org.broadsheet.model;

import java.util.List;

/** Everything broadsheet produced for one input file: its pages in order. */
public record FileResult(SourceInfo source, List<PageResult> pages) {
    public FileResult {
        pages = List.copyOf(pages);
    }

    public List<Article> articles() {
        return pages.stream().flatMap(p -> p.articles().stream()).toList();
    }

    /** The first masthead reading that found anything, else {@link IssueMeta#NONE}. */
    public IssueMeta meta() {
        return pages.stream().map(PageResult::meta)
                .filter(m -> m != null && !m.equals(IssueMeta.NONE)).findFirst().orElse(IssueMeta.NONE);
    }
}
