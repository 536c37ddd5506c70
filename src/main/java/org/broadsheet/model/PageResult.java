package org.broadsheet.model;

import java.util.List;

/** Everything broadsheet learned from one page: the result of the per-page pipeline. */
public record PageResult(PageText text, PageLayout layout, List<Article> articles, IssueMeta meta) {
    public PageResult {
        articles = List.copyOf(articles);
    }
}
