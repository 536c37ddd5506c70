package org.broadsheet.source.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;
import org.broadsheet.source.pdf.EpaperPdfMaker.Face;
import org.broadsheet.source.pdf.EpaperPdfMaker.Page;
import org.broadsheet.source.pdf.SampleArticles.Sample;

/**
 * Page recipes for {@link EpaperPdfMaker}: A4 e-paper pages with three columns, a fake-bold headline,
 * a second and third article, a photo with caption, a boxed sidebar and rotated page furniture.
 * {@code variant} rotates which article leads so a benchmark can make many different pages.
 */
public final class EpaperPages {
    static final String ENGLISH_CAPTION = "The bridge at dawn on its first day back.";
    static final float W = 595, H = 842, LEFT = 40, COL = 160, GUTTER = 17.5f;

    private EpaperPages() {}

    static float col(int i) {
        return LEFT + i * (COL + GUTTER);
    }

    public static void chinese(EpaperPdfMaker m, int variant) throws IOException {
        Face f = m.cjk();
        List<Sample> a = rotate(SampleArticles.CHINESE, variant);
        try (Page p = m.page(W, H)) {
            p.rotated("furniture", f, 7, 24, 520, SampleArticles.CHINESE_FURNITURE, 90);
            p.text("a1:headline", f, 22, LEFT, 72, a.get(0).headline(), true);
            float y = flow(p, "a1:body", f, 9.5f, 15, 3, 0, 104, a.get(0).paragraphs(), 19, false);
            p.rule(LEFT, y - 4, W - LEFT, y - 4);

            p.text("a2:headline", f, 18, LEFT, y + 22, a.get(1).headline(), true);
            float y2 = flow(p, "a2:body", f, 9.5f, 15, 2, 0, y + 48, a.get(1).paragraphs(), 19, false);
            float photoTop = y + 10;
            p.picture(col(2), photoTop, 135, 105, variant);
            p.vertical("caption", f, 9, col(2) + 141, photoTop + 4, SampleArticles.CHINESE_CAPTION);
            float boxTop = photoTop + 125;
            float boxBottom = flow(p, "sidebar", f, 8.5f, 13, 1, 2, boxTop + 18, wrapInto(SampleArticles.CHINESE_SIDEBAR), 0, false, COL - 12, 6);
            p.rectangle(col(2), boxTop, COL, boxBottom - boxTop - 4);

            float y3 = Math.max(y2, boxBottom) + 6;
            p.rule(LEFT, y3, W - LEFT, y3);
            p.text("a3:headline", f, 16, LEFT, y3 + 24, a.get(2).headline(), false);
            flow(p, "a3:body", f, 9.5f, 15, 3, 0, y3 + 48, a.get(2).paragraphs(), 19, false);
        }
    }

    public static void english(EpaperPdfMaker m, int variant) throws IOException {
        Face head = m.standard(FontName.HELVETICA_BOLD), body = m.standard(FontName.TIMES_ROMAN);
        Face sans = m.standard(FontName.HELVETICA), italic = m.standard(FontName.HELVETICA_OBLIQUE);
        List<Sample> a = rotate(SampleArticles.ENGLISH, variant);
        try (Page p = m.page(W, H)) {
            p.rotated("furniture", sans, 7, 24, 560, SampleArticles.ENGLISH_FURNITURE, 90);
            p.text("a1:headline", head, 24, LEFT, 72, a.get(0).headline(), true);
            float y = flow(p, "a1:body", body, 9.5f, 11.5f, 3, 0, 100, a.get(0).paragraphs(), 9.5f, false);
            p.rule(LEFT, y - 4, W - LEFT, y - 4);

            p.text("a2:headline", head, 17, LEFT, y + 20, a.get(1).headline(), false);
            float y2 = flow(p, "a2:body", body, 9.5f, 11.5f, 2, 0, y + 42, a.get(1).paragraphs(), 9.5f, true);
            float photoTop = y + 10;
            p.picture(col(2), photoTop, COL, 100, variant + 7);
            p.text("caption", italic, 8, col(2), photoTop + 112, ENGLISH_CAPTION, false);
            float boxTop = photoTop + 128;
            float boxBottom = flow(p, "sidebar", sans, 8.5f, 10.5f, 1, 2, boxTop + 16, wrapInto(SampleArticles.ENGLISH_SIDEBAR), 0, false, COL - 12, 6);
            p.rectangle(col(2), boxTop, COL, boxBottom - boxTop - 2);

            float y3 = Math.max(y2, boxBottom) + 6;
            p.rule(LEFT, y3, W - LEFT, y3);
            p.text("a3:headline", head, 15, LEFT, y3 + 22, a.get(2).headline(), true);
            flow(p, "a3:body", body, 9.5f, 11.5f, 3, 0, y3 + 42, a.get(2).paragraphs(), 9.5f, false);
        }
    }

    /** A scanned page an earlier OCR tool made searchable: a picture with invisible text over it. */
    public static void hiddenOcrLayer(EpaperPdfMaker m) throws IOException {
        Face body = m.standard(FontName.TIMES_ROMAN);
        try (Page p = m.page(W, H)) {
            p.picture(0, 0, W, H, 99);
            float y = 80;
            for (String para : SampleArticles.ENGLISH.get(0).paragraphs()) {
                for (String line : EpaperPdfMaker.wrap(body, 11, para, W - 2 * LEFT, 0)) {
                    p.hiddenText("hidden", body, 11, LEFT, y, line);
                    y += 14;
                }
                y += 6;
            }
        }
    }

    /** A searchable scan made the other way: ordinary text drawn first, then the page image painted over it. */
    public static void textUnderScan(EpaperPdfMaker m) throws IOException {
        Face body = m.standard(FontName.TIMES_ROMAN);
        try (Page p = m.page(W, H)) {
            float y = 80;
            for (String line : EpaperPdfMaker.wrap(body, 11, SampleArticles.ENGLISH.get(1).paragraphs().get(0), W - 2 * LEFT, 0)) {
                p.text("covered", body, 11, LEFT, y, line, false);
                y += 14;
            }
            p.picture(0, 0, W, H, 42);
        }
    }

    public static void imageOnly(EpaperPdfMaker m) throws IOException {
        try (Page p = m.page(W, H)) {
            p.picture(0, 0, W, H, 5);
        }
    }

    /** {@code n} pages alternating Chinese and English, each with a different lead article. */
    public static void mixed(EpaperPdfMaker m, int n) throws IOException {
        for (int i = 0; i < n; i++) {
            if (i % 2 == 0) chinese(m, i / 2);
            else english(m, i / 2);
        }
    }

    private static List<String> wrapInto(List<String> paras) {
        return paras;
    }

    private static float flow(Page p, String role, Face f, float size, float leading, int columns, int firstCol,
                              float firstBaseline, List<String> paragraphs, float indent, boolean gaps) throws IOException {
        return flow(p, role, f, size, leading, columns, firstCol, firstBaseline, paragraphs, indent, gaps, COL, 0);
    }

    /**
     * Wraps the paragraphs at the column width and fills {@code columns} columns from {@code firstCol}
     * with about the same number of lines each; returns the baseline below the longest column.
     */
    private static float flow(Page p, String role, Face f, float size, float leading, int columns, int firstCol,
                              float firstBaseline, List<String> paragraphs, float indent, boolean gaps,
                              float width, float inset) throws IOException {
        List<String> lines = new ArrayList<>();
        List<Boolean> starts = new ArrayList<>();
        for (String para : paragraphs) {
            List<String> wrapped = EpaperPdfMaker.wrap(f, size, para, width, indent);
            for (int i = 0; i < wrapped.size(); i++) {
                lines.add(wrapped.get(i));
                starts.add(i == 0);
            }
        }
        int perColumn = (lines.size() + columns - 1) / columns;
        float bottom = firstBaseline;
        for (int i = 0; i < lines.size(); i++) {
            int c = i / perColumn;
            float x = col(firstCol + c) + inset + (starts.get(i) ? indent : 0);
            float y = firstBaseline + (i % perColumn) * leading;
            if (gaps && lines.get(i).contains(" ")) p.wordsAsGaps(role, f, size, x, y, lines.get(i));
            else p.text(role, f, size, x, y, lines.get(i), false);
            bottom = Math.max(bottom, y + leading);
        }
        return bottom;
    }

    /**
     * Variants 0 to 2 rotate which article leads; 3 to 5 also swap the second and third, so six
     * variants give six different pages.
     */
    private static <T> List<T> rotate(List<T> list, int by) {
        List<T> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) out.add(list.get((i + by) % list.size()));
        if (by % 6 >= 3 && out.size() >= 3) out.add(1, out.remove(2));
        return out;
    }

    /** An article as a page of this class prints it; {@code title} is null for the boxed sidebar. */
    public record ExpectedArticle(String key, String title, List<String> paragraphs) {}

    /** What a reader finds on page {@code chinese(m, variant)} or {@code english(m, variant)}: a1, a2, a3, then the sidebar. */
    public static List<ExpectedArticle> expected(boolean chinese, int variant) {
        List<Sample> a = rotate(chinese ? SampleArticles.CHINESE : SampleArticles.ENGLISH, variant);
        List<ExpectedArticle> out = new ArrayList<>();
        for (int i = 0; i < 3; i++) out.add(new ExpectedArticle("a" + (i + 1), a.get(i).headline(), a.get(i).paragraphs()));
        out.add(new ExpectedArticle("sidebar", null, chinese ? SampleArticles.CHINESE_SIDEBAR : SampleArticles.ENGLISH_SIDEBAR));
        return out;
    }

    /** The photo caption (vertical on Chinese pages). */
    public static String caption(boolean chinese) {
        return chinese ? SampleArticles.CHINESE_CAPTION : ENGLISH_CAPTION;
    }

    /** The rotated running text along the margin, which belongs to no article. */
    public static String furniture(boolean chinese) {
        return chinese ? SampleArticles.CHINESE_FURNITURE : SampleArticles.ENGLISH_FURNITURE;
    }
}
