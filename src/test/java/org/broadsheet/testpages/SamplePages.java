package org.broadsheet.testpages;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Ready-made page recipes over the sample articles. The seed picks the order of the secondary
 * articles and their spans, so one recipe gives many different pages; the same seed always gives
 * the same page.
 */
public final class SamplePages {

    /** A recipe with a name, for files and benchmark tables. */
    public record Named(String name, PageSpec spec) {}

    public static final Masthead JIANGCHENG = new Masthead("江城日报", "2025年7月2日", "2025-07-02", "第3290期", null,
            "星期三　农历六月初八");
    public static final Masthead GANGCHENG = new Masthead("港城日報", "2024年8月16日", "2024-08-16", "第18532號", null,
            "星期五");
    public static final Masthead HERALD = new Masthead("THE VALLEY HERALD", "JUNE 15, 1850", "1850-06-15", "NO. 1",
            "VOL. 1", "PRICE ONE PENNY");

    private SamplePages() {}

    /** Simplified-Chinese front page: masthead, a three-column lead with photo, then the rest. A4, 300 dpi, 5 columns. */
    public static PageSpec chineseFrontPage(long seed) {
        return front(Script.SIMPLIFIED, JIANGCHENG, "metro", 3, 5, seed).build();
    }

    public static PageSpec traditionalFrontPage(long seed) {
        return front(Script.TRADITIONAL, GANGCHENG, "bookfair", 2, 4, seed).build();
    }

    public static PageSpec englishFrontPage(long seed) {
        return front(Script.ENGLISH, HERALD, "railway", 3, 5, seed).bodyPoints(9).build();
    }

    /** A page whose second article is a boxed sidebar. */
    public static PageSpec sidebarPage(Script script, long seed) {
        PageSpec.Builder b = front(script, masthead(script), lead(script), 2, 4, seed);
        PageSpec p = b.build();
        List<ArticleSpec> arts = new ArrayList<>(p.articles());
        arts.set(1, arts.get(1).toBuilder().span(1).bodyColumns(1).boxed(true).build());
        return p.toBuilder().articlesReplaced(arts).build();
    }

    /**
     * A page whose lead flows its body through two columns beside a photo that fills the third
     * (headline over all three), with other articles below.
     */
    public static PageSpec sidePhotoPage(Script script, long seed) {
        PageSpec p = front(script, masthead(script), lead(script), 3, 5, seed).build();
        List<ArticleSpec> arts = new ArrayList<>(p.articles());
        ArticleSpec lead = arts.get(0).toBuilder().span(3).bodyColumns(2).build();
        arts.set(0, lead.hasPhoto() ? lead : lead.toBuilder().photo(14, null).build());
        return p.toBuilder().articlesReplaced(arts).build();
    }

    /** Same articles on a grid of {@code columns} columns, without a masthead (an inside page). */
    public static PageSpec insidePage(Script script, int columns, long seed) {
        PageSpec.Builder b = front(script, null, lead(script), Math.min(columns - 1, 3), columns, seed);
        return b.build();
    }

    /** The small clean Chinese page that ships as a sample scan: A4 at 200 dpi, 4 columns. */
    public static PageSpec shippedChineseSample() {
        PageSpec.Builder b = PageSpec.builder().a4(200).columns(4).script(Script.SIMPLIFIED).masthead(JIANGCHENG);
        b.article(SampleArticles.get(Script.SIMPLIFIED, "harvest").spanning(2));
        b.article(SampleArticles.get(Script.SIMPLIFIED, "rain").spanning(2));
        b.article(SampleArticles.get(Script.SIMPLIFIED, "library"));
        b.article(SampleArticles.get(Script.SIMPLIFIED, "canteen"));
        b.article(SampleArticles.get(Script.SIMPLIFIED, "exam").spanning(2));
        return b.build();
    }

    /** At least a dozen varied pages for benchmarks: three scripts, 4 to 6 columns, sidebars, photos, flows. */
    public static List<Named> all(long seed) {
        List<Named> out = new ArrayList<>();
        out.add(new Named("zh-front", chineseFrontPage(seed)));
        out.add(new Named("zh-front-b", chineseFrontPage(seed + 1)));
        out.add(new Named("zh-sidebar", sidebarPage(Script.SIMPLIFIED, seed)));
        out.add(new Named("zh-sidephoto", sidePhotoPage(Script.SIMPLIFIED, seed)));
        out.add(new Named("zh-inside-4", insidePage(Script.SIMPLIFIED, 4, seed)));
        out.add(new Named("zh-inside-6", insidePage(Script.SIMPLIFIED, 6, seed)));
        out.add(new Named("zh-small", shippedChineseSample()));
        out.add(new Named("zht-front", traditionalFrontPage(seed)));
        out.add(new Named("zht-sidebar", sidebarPage(Script.TRADITIONAL, seed)));
        out.add(new Named("en-front", englishFrontPage(seed)));
        out.add(new Named("en-front-b", englishFrontPage(seed + 1)));
        out.add(new Named("en-sidebar", sidebarPage(Script.ENGLISH, seed)));
        out.add(new Named("en-sidephoto", sidePhotoPage(Script.ENGLISH, seed)));
        out.add(new Named("en-inside-4", insidePage(Script.ENGLISH, 4, seed)));
        out.add(new Named("en-inside-6", insidePage(Script.ENGLISH, 6, seed)));
        return out;
    }

    private static PageSpec.Builder front(Script script, Masthead masthead, String leadId, int leadSpan, int columns,
                                          long seed) {
        Random rnd = new Random(seed);
        PageSpec.Builder b = PageSpec.builder().a4(300).columns(columns).script(script).masthead(masthead);
        List<ArticleSpec> rest = new ArrayList<>(SampleArticles.of(script));
        ArticleSpec lead = rest.stream().filter(a -> a.id().equals(leadId)).findFirst().orElse(rest.get(0));
        rest.remove(lead);
        Collections.shuffle(rest, rnd);
        b.article(lead.spanning(leadSpan));
        int free = columns - leadSpan;
        for (ArticleSpec a : rest) {
            int span = free > 0 ? Math.min(free, 1 + rnd.nextInt(2)) : 1 + rnd.nextInt(Math.min(2, columns));
            free -= span;
            b.article(a.spanning(span));
        }
        return b;
    }

    private static Masthead masthead(Script script) {
        return switch (script) {
            case SIMPLIFIED -> JIANGCHENG;
            case TRADITIONAL -> GANGCHENG;
            case ENGLISH -> HERALD;
        };
    }

    private static String lead(Script script) {
        return switch (script) {
            case SIMPLIFIED -> "metro";
            case TRADITIONAL -> "typhoon";
            case ENGLISH -> "railway";
        };
    }
}
