package org.broadsheet.export.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.broadsheet.model.Article;
import org.broadsheet.model.PageInfo;
import org.broadsheet.model.TextParagraph;
import org.broadsheet.model.TextRoute;

/** Why a page deserves a human look. Plain rules over what articles.json records. */
final class ReviewFlags {
    /** Articles with fewer letters and digits than this are fragments rather than articles. */
    static final int SHORT_ARTICLE_CHARS = 20;
    /** A page is fragmented when at least this many of its articles are short ... */
    static final int MANY_SHORT = 5;
    /** ... and they make at least this share of its articles. */
    static final double SHORT_SHARE = 1.0 / 3;
    /** Share of dark pixels above which a page counts as printed (scanner dust stays well under it). */
    static final double PRINTED_INK = 0.005;

    private ReviewFlags() {}

    /**
     * @param inkShare share of dark pixels of the page image, or null when the image could not be read
     */
    static List<String> of(PageInfo page, List<Article> articles, double threshold, Double inkShare) {
        List<String> flags = new ArrayList<>();
        boolean wordsFound = page.meanConfidence() > 0;
        // A PDF text layer carries no recognition confidence, so only OCRed pages are judged by it.
        if (page.route() == TextRoute.OCR && wordsFound && page.meanConfidence() < threshold) {
            flags.add(String.format(Locale.ROOT, "low OCR confidence: mean word confidence %.2f is under %.2f",
                    page.meanConfidence(), threshold));
        }
        if (articles.isEmpty() && wordsFound) {
            flags.add("no article found although the page has recognised text");
        } else if (!wordsFound && inkShare != null && inkShare > PRINTED_INK) {
            flags.add(String.format(Locale.ROOT, "no text recognised although %.1f%% of the page is printed",
                    inkShare * 100));
        }
        long shorts = articles.stream().filter(ReviewFlags::isShort).count();
        if (shorts >= MANY_SHORT && shorts >= SHORT_SHARE * articles.size()) {
            flags.add(String.format(Locale.ROOT, "many very short articles: %d of %d have under %d characters",
                    shorts, articles.size(), SHORT_ARTICLE_CHARS));
        }
        return flags;
    }

    static boolean isShort(Article a) {
        return letters(a) < SHORT_ARTICLE_CHARS;
    }

    /** Letters and digits of everything the article says (spaces and punctuation left out). */
    static int letters(Article a) {
        int n = count(a.title()) + count(a.kicker()) + count(a.subtitle()) + count(a.byline());
        for (TextParagraph p : a.paragraphs()) n += count(p.text());
        for (String c : a.captions()) n += count(c);
        return n;
    }

    private static int count(String s) {
        return s == null ? 0 : (int) s.codePoints().filter(Character::isLetterOrDigit).count();
    }
}
