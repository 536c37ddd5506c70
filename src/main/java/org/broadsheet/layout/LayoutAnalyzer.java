package org.broadsheet.layout;

import org.broadsheet.model.PageImage;
import org.broadsheet.model.PageLayout;
import org.broadsheet.model.PageText;

/** Finds columns, rules, roles and reading order. Plain Java over the page model. */
public interface LayoutAnalyzer {
    /** @param image the page image, for drawn rules and boxes; may be null (text-only sources) */
    PageLayout analyze(PageText text, PageImage image);
}
