package org.broadsheet.testpages;

/**
 * One paragraph of an article's body, the whole string without line breaks.
 *
 * @param role null for body text, {@code subhead} for a subhead (the same convention as TextParagraph)
 */
public record TruthParagraph(String text, String role) {
    public boolean body() { return role == null; }
}
