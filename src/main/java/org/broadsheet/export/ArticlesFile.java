package org.broadsheet.export;

import java.util.List;
import org.broadsheet.model.Article;
import org.broadsheet.model.IssueMeta;
import org.broadsheet.model.PageInfo;
import org.broadsheet.model.SourceInfo;

/**
 * The content of one articles.json, as batch-level exporters (DOCX per folder, index) read it back.
 * Articles read back carry no regions (articles.json keeps only their boxes).
 */
public record ArticlesFile(SourceInfo source, IssueMeta meta, List<PageInfo> pages, List<Article> articles) {
    public ArticlesFile {
        pages = List.copyOf(pages);
        articles = List.copyOf(articles);
    }
}
