package org.broadsheet.model;

/**
 * What the masthead says about the issue; any field may be null.
 *
 * @param date ISO 8601 date (yyyy-MM-dd)
 */
public record IssueMeta(String paper, String date, String issueNumber, String volume) {
    public static final IssueMeta NONE = new IssueMeta(null, null, null, null);
}
