package org.broadsheet.source;

/** Reads the pages of one input file one at a time, so a 500-page file never sits in memory whole. */
public interface PageReader extends AutoCloseable {
    int pageCount();

    /** @param index 0-based */
    SourcePage page(int index) throws SourceException;

    /**
     * The page's size in pixels as its file states it, found without decoding the page (so the batch
     * can wait with a large page until there is room for it); 0 when the file does not say.
     *
     * @param index 0-based
     */
    default long pixels(int index) { return 0; }

    @Override
    void close();
}
