package org.broadsheet.export.review;

import java.util.List;
import org.broadsheet.model.PageInfo;

/**
 * What the index needs to know about one page's review page (its articles are not kept).
 *
 * @param seq   1-based position in the batch, which names the page file and drives arrow-key navigation
 * @param flags reasons the page deserves a human look, empty when none
 */
record ReviewPage(int seq, String source, int pagesInFile, PageInfo info, int articles, int shortArticles,
                  List<String> flags) {
    ReviewPage {
        flags = List.copyOf(flags);
    }

    /** The page's file name inside review/pages/. */
    static String fileName(int seq) {
        return String.format("%04d.html", seq);
    }

    String fileName() { return fileName(seq); }
}
