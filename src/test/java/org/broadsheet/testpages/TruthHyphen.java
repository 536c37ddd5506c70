package org.broadsheet.testpages;

/**
 * A word split across a line break.
 *
 * @param lineIndex index, in the article's lines, of the line that ends with {@code head}
 * @param head      the part before the break including the hyphen ({@code exam-})
 * @param tail      the part starting the next line ({@code ple})
 * @param word      the word as the paragraph spells it ({@code example}, or {@code well-known})
 * @param compound  true when the break fell on a hyphen the word already had, which must be kept
 */
public record TruthHyphen(int lineIndex, String head, String tail, String word, boolean compound) {}
