package org.broadsheet.article;

import org.broadsheet.model.IssueMeta;
import org.broadsheet.model.PageLayout;

/** Reads the paper's name, date and issue number from a page, where it shows them. */
public interface MastheadReader {
    IssueMeta read(PageLayout layout);
}
