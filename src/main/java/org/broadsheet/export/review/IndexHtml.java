package org.broadsheet.export.review;

import static org.broadsheet.export.review.Html.esc;

import java.util.List;
import java.util.Locale;
import org.broadsheet.export.review.BatchOnDisk.FileEntry;
import org.broadsheet.model.TextRoute;

/** review/index.html: the batch in figures, the queue of pages to look at, and every page in a sortable table. */
final class IndexHtml {
    private IndexHtml() {}

    static String render(String title, BatchOnDisk batch, List<ReviewPage> pages, double threshold) {
        StringBuilder h = new StringBuilder(16384);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(esc(title)).append(" \u2013 broadsheet review</title>\n")
                .append("<link rel=\"stylesheet\" href=\"review.css\">\n</head>\n<body class=\"index-view\">\n")
                .append("<header class=\"bar\"><h1>broadsheet review: ").append(esc(title)).append("</h1></header>\n")
                .append("<main class=\"index\">\n");
        summary(h, batch, pages);
        queue(h, batch, pages, threshold);
        table(h, pages);
        h.append("</main>\n<script src=\"review.js\"></script>\n</body>\n</html>\n");
        return h.toString();
    }

    private static void summary(StringBuilder h, BatchOnDisk batch, List<ReviewPage> pages) {
        long done = batch.files().stream().filter(FileEntry::done).count();
        long skipped = batch.files().stream().filter(FileEntry::skipped).count();
        long failed = batch.files().stream().filter(FileEntry::failed).count();
        int articles = pages.stream().mapToInt(ReviewPage::articles).sum();
        // Pages read from a PDF text layer have no recognition confidence; pages without words have none either.
        double conf = pages.stream().filter(p -> p.info().route() == TextRoute.OCR && p.info().meanConfidence() > 0)
                .mapToDouble(p -> p.info().meanConfidence()).average().orElse(Double.NaN);
        double ppm = batch.seconds() > 0 ? pages.size() * 60 / batch.seconds() : 0;
        h.append("<section class=\"summary\" id=\"summary\">\n<dl>\n");
        item(h, "files", "Files", batch.files().size() + " <small>(" + done + " done, " + skipped + " skipped, "
                + failed + " failed)</small>");
        item(h, "pages", "Pages", String.valueOf(pages.size()));
        item(h, "articles", "Articles", String.valueOf(articles));
        item(h, "failures", "Failures", String.valueOf(failed));
        item(h, "confidence", "Mean confidence", Double.isNaN(conf) ? "\u2013" : Html.num(conf, 3));
        item(h, "time", "Time", String.format(Locale.ROOT, "%.1f s <small>(%.1f pages/min)</small>", batch.seconds(), ppm));
        h.append("</dl>\n</section>\n");
    }

    private static void item(StringBuilder h, String id, String name, String valueHtml) {
        h.append("<div><dt>").append(name).append("</dt><dd id=\"total-").append(id).append("\">").append(valueHtml)
                .append("</dd></div>\n");
    }

    private static void queue(StringBuilder h, BatchOnDisk batch, List<ReviewPage> pages, double threshold) {
        List<ReviewPage> flagged = pages.stream().filter(p -> !p.flags().isEmpty()).toList();
        List<FileEntry> broken = batch.files().stream().filter(f -> f.failed() || (f.done() && f.problem() != null)).toList();
        h.append("<section class=\"queue\" id=\"queue\">\n<h2>To review <small>(")
                .append(flagged.size() + broken.size()).append(")</small></h2>\n")
                .append("<p class=\"hint\">Pages are flagged when their mean word confidence is under ")
                .append(Html.num(threshold, 2)).append(", when they have text but no article, when many of their ")
                .append("articles are very short, and files are listed when they failed.</p>\n");
        if (flagged.isEmpty() && broken.isEmpty()) h.append("<p class=\"ok\">Nothing flagged.</p>\n");
        h.append("<ul>\n");
        for (FileEntry f : broken) {
            h.append("<li class=\"failed\"><span class=\"what\">").append(esc(f.source())).append("</span> ")
                    .append("<span class=\"why\">").append(f.failed() ? "failed: " + esc(f.reason()) : esc(f.problem()))
                    .append("</span></li>\n");
        }
        for (ReviewPage p : flagged) {
            h.append("<li><a class=\"what\" href=\"pages/").append(p.fileName()).append("\">").append(esc(p.source()))
                    .append(" p. ").append(p.info().number()).append("</a> <span class=\"why\">")
                    .append(esc(String.join("; ", p.flags()))).append("</span></li>\n");
        }
        h.append("</ul>\n</section>\n");
    }

    private static void table(StringBuilder h, List<ReviewPage> pages) {
        h.append("<section class=\"pages\">\n<h2>Pages</h2>\n")
                .append("<p class=\"hint\">Click a column heading to sort.</p>\n")
                .append("<table id=\"pages\" class=\"sortable\">\n<thead><tr>")
                .append("<th data-type=\"num\">#</th><th data-type=\"text\">File</th><th data-type=\"num\">Page</th>")
                .append("<th data-type=\"num\" id=\"sort-articles\">Articles</th>")
                .append("<th data-type=\"num\" id=\"sort-confidence\">Confidence</th>")
                .append("<th data-type=\"num\">Short articles</th><th data-type=\"num\">Flags</th></tr></thead>\n<tbody>\n");
        for (ReviewPage p : pages) {
            double conf = p.info().meanConfidence();
            h.append("<tr").append(p.flags().isEmpty() ? "" : " class=\"flagged\"").append(" data-seq=\"")
                    .append(p.seq()).append("\">")
                    .append("<td data-value=\"").append(p.seq()).append("\"><a href=\"pages/").append(p.fileName())
                    .append("\">").append(p.seq()).append("</a></td>")
                    .append("<td>").append(esc(p.source())).append("</td>")
                    .append("<td data-value=\"").append(p.info().number()).append("\">").append(p.info().number()).append("</td>")
                    .append("<td data-value=\"").append(p.articles()).append("\">").append(p.articles()).append("</td>")
                    .append("<td data-value=\"").append(Html.num(conf, 4)).append("\">").append(Html.num(conf, 2)).append("</td>")
                    .append("<td data-value=\"").append(p.shortArticles()).append("\">").append(p.shortArticles()).append("</td>")
                    .append("<td data-value=\"").append(p.flags().size()).append("\" title=\"")
                    .append(esc(String.join("; ", p.flags()))).append("\">").append(p.flags().size()).append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n</section>\n");
    }
}
