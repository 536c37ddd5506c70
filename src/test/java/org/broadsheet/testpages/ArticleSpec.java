package org.broadsheet.testpages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One article a test page shows. Build with {@link #builder(String)}.
 *
 * @param id            stable id for the truth ({@code a1}, ...); null lets the page number them
 * @param paragraphs    body paragraphs, each one string without line breaks
 * @param subheads      subheads keyed by the index of the paragraph they stand before
 * @param span          columns the headline spans (1..columns of the page)
 * @param bodyColumns   columns the body flows through, column by column, starting at the article's
 *                      first column (1..span); a photo, if any, fills the columns to the right of the body
 *                      when fewer than span, otherwise it sits across the span above the body
 * @param photoHeightEm height of the grey photo rectangle in body ems; 0 for none
 * @param boxed         drawn inside a rectangular frame, as a sidebar
 */
public record ArticleSpec(String id, String title, String kicker, String subtitle, String byline,
                          List<String> paragraphs, Map<Integer, String> subheads, String caption,
                          double photoHeightEm, int span, int bodyColumns, boolean boxed) {

    public ArticleSpec {
        if (title == null || title.isBlank()) throw new IllegalArgumentException("an article needs a title");
        paragraphs = List.copyOf(paragraphs);
        if (paragraphs.isEmpty()) throw new IllegalArgumentException("article '" + title + "' has no paragraphs");
        subheads = Map.copyOf(subheads);
        if (span < 1) throw new IllegalArgumentException("span must be >= 1");
        if (bodyColumns < 1 || bodyColumns > span) throw new IllegalArgumentException("bodyColumns must be 1.." + span);
    }

    public boolean hasPhoto() { return photoHeightEm > 0; }

    /** The same article with an id (the page gives one to articles that have none). */
    public ArticleSpec withId(String newId) {
        return new ArticleSpec(newId, title, kicker, subtitle, byline, paragraphs, subheads, caption, photoHeightEm,
                span, bodyColumns, boxed);
    }

    /** The same article over other columns: the headline spans {@code span}, the body flows through all of them. */
    public ArticleSpec spanning(int newSpan) {
        return new ArticleSpec(id, title, kicker, subtitle, byline, paragraphs, subheads, caption, photoHeightEm,
                newSpan, newSpan, boxed);
    }

    public static Builder builder(String title) { return new Builder(title); }

    public Builder toBuilder() {
        Builder b = new Builder(title).id(id).kicker(kicker).subtitle(subtitle).byline(byline).caption(caption)
                .span(span).bodyColumns(bodyColumns).boxed(boxed);
        b.paragraphs.addAll(paragraphs);
        b.subheads.putAll(subheads);
        b.photoHeightEm = photoHeightEm;
        return b;
    }

    public static final class Builder {
        private String id;
        private final String title;
        private String kicker;
        private String subtitle;
        private String byline;
        private final List<String> paragraphs = new ArrayList<>();
        private final Map<Integer, String> subheads = new TreeMap<>();
        private String caption;
        private double photoHeightEm;
        private int span = 1;
        private int bodyColumns = -1;
        private boolean boxed;

        private Builder(String title) { this.title = title; }

        public Builder id(String v) { id = v; return this; }
        public Builder kicker(String v) { kicker = v; return this; }
        public Builder subtitle(String v) { subtitle = v; return this; }
        public Builder byline(String v) { byline = v; return this; }
        public Builder paragraph(String v) { paragraphs.add(v); return this; }
        public Builder paragraphs(List<String> v) { paragraphs.addAll(v); return this; }

        /** A subhead before the paragraph that is added next. */
        public Builder subhead(String v) { subheads.put(paragraphs.size(), v); return this; }

        /** A grey photo rectangle about {@code heightEm} body ems high, with its caption (may be null). */
        public Builder photo(double heightEm, String captionText) { photoHeightEm = heightEm; caption = captionText; return this; }

        public Builder caption(String v) { caption = v; return this; }
        public Builder span(int v) { span = v; return this; }
        public Builder bodyColumns(int v) { bodyColumns = v; return this; }
        public Builder boxed(boolean v) { boxed = v; return this; }

        public ArticleSpec build() {
            int body = bodyColumns < 0 ? span : bodyColumns;
            double photo = photoHeightEm == 0 && caption != null ? 12 : photoHeightEm;
            return new ArticleSpec(id, title, kicker, subtitle, byline, paragraphs, subheads, caption, photo, span,
                    body, boxed);
        }
    }
}
