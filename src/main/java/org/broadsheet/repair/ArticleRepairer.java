package org.broadsheet.repair;

import org.broadsheet.model.Article;
import org.broadsheet.model.ArticleDraft;

/** Turns an article's lines into whole paragraphs of clean text. */
public interface ArticleRepairer {
    Article repair(ArticleDraft draft, String id);
}
