package org.broadsheet.bench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.broadsheet.model.Article;
import org.broadsheet.model.TextParagraph;
import org.broadsheet.source.pdf.EpaperPages.ExpectedArticle;

/**
 * Compares the articles broadsheet found on a generated e-paper page with what the page prints.
 * Each expected article (a1, a2, a3 and the boxed sidebar, which is an article of its own) is paired
 * with the found article that shares most of its text. An article counts as matched when its title
 * and its paragraph list are exactly the expected ones. The caption may sit with any article (it is
 * placed beside the photo, between articles) but must come out once, as one caption string, and never
 * inside a title or paragraph. The margin furniture must not appear in any article.
 */
record EpaperScore(int articles, int articlesMatched, int titles, int titlesExact, int paragraphs, int paragraphsExact,
                   boolean captionExact, boolean furnitureClean, int extraArticles, List<String> problems) {

    static EpaperScore of(List<ExpectedArticle> expected, String caption, String furniture, List<Article> found) {
        List<String> problems = new ArrayList<>();
        Set<Article> used = new HashSet<>();
        int matched = 0, titles = 0, titlesExact = 0, paras = 0, parasExact = 0;
        for (ExpectedArticle e : expected) {
            Article a = bestMatch(e, found);
            if (a != null) used.add(a);
            List<String> got = a == null ? List.of() : a.paragraphs().stream().map(TextParagraph::text).toList();
            if (e.title() != null) {
                titles++;
                if (a != null && e.title().equals(a.title())) titlesExact++;
                else problems.add(e.key() + " title: expected [" + e.title() + "] got [" + (a == null ? "no article" : a.title()) + "]");
            } else if (a != null && a.title() != null) {
                problems.add(e.key() + " should have no title, got [" + a.title() + "]");
            }
            for (int i = 0; i < e.paragraphs().size(); i++) {
                paras++;
                String want = e.paragraphs().get(i);
                if (i < got.size() && got.get(i).equals(want)) parasExact++;
                else problems.add(e.key() + " paragraph " + (i + 1) + ":\n    want [" + want + "]\n    got  ["
                        + (i < got.size() ? got.get(i) : "(missing)") + "]");
            }
            if (got.size() > e.paragraphs().size()) {
                problems.add(e.key() + " has " + (got.size() - e.paragraphs().size()) + " extra paragraph(s), first ["
                        + got.get(e.paragraphs().size()) + "]");
            }
            if (a != null && Objects.equals(e.title(), a.title()) && got.equals(e.paragraphs())) matched++;
        }
        int extra = 0;
        for (Article a : found) {
            if (used.contains(a) || (a.title() == null && a.paragraphs().isEmpty())) continue;
            extra++;
            problems.add("extra article " + a.id() + " title [" + a.title() + "] " + a.paragraphs().size() + " paragraph(s)"
                    + (a.paragraphs().isEmpty() ? "" : ", first [" + a.paragraphs().get(0).text() + "]"));
        }
        List<String> captions = found.stream().flatMap(a -> a.captions().stream()).toList();
        boolean captionExact = captions.stream().filter(caption::equals).count() == 1
                && found.stream().noneMatch(a -> texts(a).stream().anyMatch(t -> t.contains(caption)));
        if (!captionExact) problems.add("caption: want [" + caption + "] once, captions found " + captions);
        String furnitureHead = furniture.substring(0, Math.min(6, furniture.length()));
        boolean clean = found.stream().noneMatch(a -> texts(a).stream().anyMatch(t -> t.contains(furnitureHead))
                || a.captions().stream().anyMatch(t -> t.contains(furnitureHead)));
        if (!clean) problems.add("furniture [" + furniture + "] inside an article");
        return new EpaperScore(expected.size(), matched, titles, titlesExact, paras, parasExact, captionExact, clean, extra, problems);
    }

    /** The found article sharing most text with {@code e}: exact paragraphs first, then paragraph openings, then the title. */
    private static Article bestMatch(ExpectedArticle e, List<Article> found) {
        Article best = null;
        double bestScore = 0;
        for (Article a : found) {
            String all = String.join("\n", texts(a));
            double s = e.title() != null && e.title().equals(a.title()) ? 2 : 0;
            for (String p : e.paragraphs()) {
                if (a.paragraphs().stream().anyMatch(tp -> tp.text().equals(p))) s += 1;
                else if (all.contains(p.substring(0, Math.min(12, p.length())))) s += 0.5;
            }
            if (s > bestScore) {
                bestScore = s;
                best = a;
            }
        }
        return best;
    }

    private static List<String> texts(Article a) {
        List<String> out = new ArrayList<>();
        if (a.title() != null) out.add(a.title());
        a.paragraphs().forEach(p -> out.add(p.text()));
        return out;
    }

    EpaperScore plus(EpaperScore o) {
        List<String> p = new ArrayList<>(problems);
        p.addAll(o.problems);
        return new EpaperScore(articles + o.articles, articlesMatched + o.articlesMatched, titles + o.titles,
                titlesExact + o.titlesExact, paragraphs + o.paragraphs, paragraphsExact + o.paragraphsExact,
                captionExact && o.captionExact, furnitureClean && o.furnitureClean, extraArticles + o.extraArticles, p);
    }

    static EpaperScore zero() {
        return new EpaperScore(0, 0, 0, 0, 0, 0, true, true, 0, List.of());
    }

    String summary() {
        return String.format("articles %d/%d  titles %d/%d  paragraphs %d/%d  extra %d", articlesMatched, articles,
                titlesExact, titles, paragraphsExact, paragraphs, extraArticles);
    }
}
