package org.broadsheet.source;

/** Reads the pages of one input file one at a time, so a 500-page file never sits in memory whole. */
public interface PageReader extends AutoCloseable {
    int pageCount();

    /** @param index 0-based */
    SourcePage page(int index) throws SourceException;

    @Override
    void close();
}
