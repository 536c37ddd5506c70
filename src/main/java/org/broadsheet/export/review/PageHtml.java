package org.broadsheet.export.review;

import static org.broadsheet.export.review.Html.esc;

import java.util.List;
import org.broadsheet.model.Article;
import org.broadsheet.model.Box;
import org.broadsheet.model.PageInfo;
import org.broadsheet.model.TextParagraph;

/**
 * One scan page: the page image with every article's box over it, numbered in reading order, and a
 * side panel with the chosen article's text. Boxes are placed in percentages of the page, so they stay
 * on their text at any window size. Works without script (boxes link to their article); review.js
 * adds selection and arrow-key paging.
 */
final class PageHtml {
    private PageHtml() {}

    /**
     * @param total pages in the batch, to know whether there is a next page
     */
    static String render(ReviewPage page, List<Article> articles, PageImages.Shown image, int total) {
        PageInfo info = page.info();
        boolean han = articles.stream().anyMatch(a -> Html.hasHan(a.title()) || a.paragraphs().stream()
                .anyMatch(p -> Html.hasHan(p.text())));
        String prev = page.seq() > 1 ? ReviewPage.fileName(page.seq() - 1) : null;
        String next = page.seq() < total ? ReviewPage.fileName(page.seq() + 1) : null;
        StringBuilder h = new StringBuilder(8192);
        h.append("<!DOCTYPE html>\n<html lang=\"").append(han ? "zh" : "en").append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(esc(page.source())).append(" p. ").append(info.number())
                .append(" \u2013 broadsheet review</title>\n")
                .append("<link rel=\"stylesheet\" href=\"../review.css\">\n</head>\n");
        h.append("<body class=\"page-view\" data-seq=\"").append(page.seq()).append("\"");
        if (prev != null) h.append(" data-prev=\"").append(prev).append('"');
        if (next != null) h.append(" data-next=\"").append(next).append('"');
        h.append(">\n");
        header(h, page, prev, next, total);
        h.append("<main class=\"layout\">\n");
        scan(h, info, articles, image);
        panel(h, articles);
        h.append("</main>\n<script src=\"../review.js\"></script>\n</body>\n</html>\n");
        return h.toString();
    }

    private static void header(StringBuilder h, ReviewPage page, String prev, String next, int total) {
        PageInfo info = page.info();
        h.append("<header class=\"bar\">\n<nav>");
        link(h, "prev", prev, "\u2190 previous");
        h.append(" <a id=\"index-link\" href=\"../index.html\">index</a> ");
        link(h, "next", next, "next \u2192");
        h.append("</nav>\n<h1>").append(esc(page.source())).append(" <span class=\"pageno\">page ")
                .append(info.number()).append(" of ").append(page.pagesInFile()).append("</span></h1>\n")
                .append("<p class=\"meta\">").append(page.seq()).append(" / ").append(total).append(" \u00b7 ")
                .append(page.articles()).append(page.articles() == 1 ? " article" : " articles")
                .append(" \u00b7 confidence <span id=\"page-confidence\">").append(Html.num(info.meanConfidence(), 2))
                .append("</span> \u00b7 ").append(info.route().name().toLowerCase().replace('_', ' '))
                .append(" \u00b7 ").append(info.width()).append('\u00d7').append(info.height()).append(" px</p>\n");
        if (!page.flags().isEmpty()) {
            h.append("<ul class=\"flags\" id=\"flags\">");
            for (String f : page.flags()) h.append("<li>").append(esc(f)).append("</li>");
            h.append("</ul>\n");
        }
        h.append("</header>\n");
    }

    private static void link(StringBuilder h, String id, String href, String label) {
        if (href == null) h.append("<span class=\"off\" id=\"").append(id).append("\">").append(label).append("</span>");
        else h.append("<a id=\"").append(id).append("\" rel=\"").append(id).append("\" href=\"").append(href)
                .append("\">").append(label).append("</a>");
    }

    private static void scan(StringBuilder h, PageInfo info, List<Article> articles, PageImages.Shown image) {
        h.append("<div class=\"scan\" id=\"scan\" style=\"aspect-ratio: ").append(Math.max(1, info.width()))
                .append(" / ").append(Math.max(1, info.height())).append("\" data-width=\"").append(info.width())
                .append("\" data-height=\"").append(info.height()).append("\">\n");
        if (image.path() != null) {
            h.append("<img id=\"page-image\" src=\"../").append(esc(Html.url(image.path())))
                    .append("\" alt=\"scan of page ").append(info.number()).append("\">\n");
        } else {
            h.append("<p class=\"noimage\">No page image: ").append(esc(image.problem())).append("</p>\n");
        }
        for (int i = 0; i < articles.size(); i++) {
            Article a = articles.get(i);
            Box b = a.bbox();
            if (b == null) continue;
            int n = i + 1;
            h.append("<a class=\"box\" id=\"box-").append(n).append("\" href=\"#article-").append(n)
                    .append("\" data-n=\"").append(n).append("\" data-bbox=\"").append(b.x()).append(',').append(b.y())
                    .append(',').append(b.w()).append(',').append(b.h()).append("\" title=\"").append(n).append(": ")
                    .append(esc(label(a))).append("\" style=\"--c: ").append(Html.colour(i))
                    .append("; left: ").append(Html.pct(b.x(), info.width()))
                    .append("; top: ").append(Html.pct(b.y(), info.height()))
                    .append("; width: ").append(Html.pct(b.w(), info.width()))
                    .append("; height: ").append(Html.pct(b.h(), info.height()))
                    .append("\"><span class=\"num\">").append(n).append("</span></a>\n");
        }
        h.append("</div>\n");
    }

    private static void panel(StringBuilder h, List<Article> articles) {
        h.append("<aside class=\"panel\" id=\"panel\">\n");
        if (articles.isEmpty()) {
            h.append("<p class=\"hint\">No articles were found on this page.</p>\n");
        } else {
            h.append("<p class=\"hint\" id=\"hint\">Click a box on the page, or an article below. "
                    + "\u2190 \u2192 turn the page.</p>\n");
        }
        for (int i = 0; i < articles.size(); i++) article(h, articles.get(i), i + 1, i);
        if (!articles.isEmpty()) {
            h.append("<ol class=\"toc\" id=\"toc\">\n");
            for (int i = 0; i < articles.size(); i++) {
                Article a = articles.get(i);
                h.append("<li style=\"--c: ").append(Html.colour(i)).append("\"><a href=\"#article-").append(i + 1)
                        .append("\" data-n=\"").append(i + 1).append("\">").append(esc(label(a))).append("</a>")
                        .append(a.bbox() == null ? " <small>(no position)</small>" : "").append("</li>\n");
            }
            h.append("</ol>\n");
        }
        h.append("</aside>\n");
    }

    private static void article(StringBuilder h, Article a, int n, int colour) {
        h.append("<article class=\"article\" id=\"article-").append(n).append("\" data-n=\"").append(n)
                .append("\" style=\"--c: ").append(Html.colour(colour)).append("\"");
        if (a.paragraphs().stream().anyMatch(p -> Html.hasHan(p.text())) || Html.hasHan(a.title())) h.append(" lang=\"zh\"");
        h.append(">\n<p class=\"aid\"><span class=\"num\">").append(n).append("</span> ").append(esc(a.id()))
                .append(" \u00b7 confidence ").append(Html.num(a.confidence(), 2)).append("</p>\n");
        optional(h, "p", "kicker", a.kicker());
        if (a.title() != null && !a.title().isBlank()) optional(h, "h2", "title", a.title());
        else h.append("<h2 class=\"title untitled\">(no headline)</h2>\n");
        optional(h, "p", "subtitle", a.subtitle());
        optional(h, "p", "byline", a.byline());
        h.append("<div class=\"body\">\n");
        for (TextParagraph p : a.paragraphs()) {
            h.append("<p").append(p.role() == null ? "" : " class=\"role-" + p.role().replaceAll("[^A-Za-z0-9_-]", "_") + "\"").append('>')
                    .append(esc(p.text())).append("</p>\n");
        }
        h.append("</div>\n");
        for (String c : a.captions()) optional(h, "p", "caption", c);
        h.append("</article>\n");
    }

    private static void optional(StringBuilder h, String tag, String cls, String text) {
        if (text == null || text.isBlank()) return;
        h.append('<').append(tag).append(" class=\"").append(cls).append("\">").append(esc(text))
                .append("</").append(tag).append(">\n");
    }

    /** A one-line name for the article: its headline, else the start of its text. */
    static String label(Article a) {
        String s = a.title();
        if (s == null || s.isBlank()) s = a.paragraphs().isEmpty() ? a.id() : a.paragraphs().get(0).text();
        s = s.strip().replaceAll("\\s+", " ");
        return s.codePointCount(0, s.length()) > 60 ? s.substring(0, s.offsetByCodePoints(0, 60)) + "\u2026" : s;
    }
}
