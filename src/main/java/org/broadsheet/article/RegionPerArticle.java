package org.broadsheet.article;

import java.util.List;
import org.broadsheet.model.ArticleDraft;
import org.broadsheet.model.PageLayout;

/** Every region is an article of its own. */
public final class RegionPerArticle implements ArticleAssembler {
    @Override
    public List<ArticleDraft> assemble(PageLayout layout) {
        return layout.regions().stream()
                .map(r -> new ArticleDraft(layout.page().number(), List.of(r), List.of(r.firstColumn())))
                .toList();
    }
}
