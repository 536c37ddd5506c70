package org.broadsheet.model;

/**
 * One decision of the dehyphenation rule, kept so it can be audited and undone.
 *
 * @param lineId   the line that ends with the hyphenated part
 * @param head     the part before the line break, with its hyphen (for example {@code exam-})
 * @param tail     the part on the next line (for example {@code ple})
 * @param result   what the text now holds ({@code example}, or {@code well-known} when the hyphen was kept)
 * @param reason   why: dictionary, document frequency, kept-compound, ...
 */
public record Hyphenation(String lineId, String head, String tail, String result, boolean hyphenRemoved, String reason) {}
