package org.broadsheet.export;

/**
 * One heading of a DOCX document, known before the document is written so the table of contents
 * at its top can be filled in and link to the heading's bookmark.
 *
 * @param level 1 for an article title, 2 for a subhead
 */
record DocxHeading(int level, String text, String bookmark, int bookmarkId) {}
