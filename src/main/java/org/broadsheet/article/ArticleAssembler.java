package org.broadsheet.article;

import java.util.List;
import org.broadsheet.model.ArticleDraft;
import org.broadsheet.model.PageLayout;

/** Groups a page's regions into articles, in reading order. */
public interface ArticleAssembler {
    List<ArticleDraft> assemble(PageLayout layout);
}
