package org.broadsheet.export;

import java.util.ArrayList;
import java.util.List;
import org.broadsheet.model.Article;
import org.broadsheet.model.Box;
import org.broadsheet.model.FileResult;
import org.broadsheet.model.Hyphenation;
import org.broadsheet.model.IssueMeta;
import org.broadsheet.model.Line;
import org.broadsheet.model.PageLayout;
import org.broadsheet.model.PageResult;
import org.broadsheet.model.PageText;
import org.broadsheet.model.Region;
import org.broadsheet.model.Role;
import org.broadsheet.model.SourceInfo;
import org.broadsheet.model.TextParagraph;
import org.broadsheet.model.TextRoute;
import org.broadsheet.model.Word;

/** Hand-built results for export tests: a Chinese page and an English page with known text, boxes and hyphenations. */
final class ExportFixtures {
    static final int PAGE_W = 2400, PAGE_H = 3200;

    private ExportFixtures() {}

    /**
     * A line whose words are laid out left to right from (x, y): each code point is {@code cw} pixels
     * wide, Latin words are separated by one character's width, CJK runs touch.
     */
    static Line line(String id, int x, int y, int cw, String... words) {
        List<Word> ws = new ArrayList<>();
        int cx = x;
        StringBuilder text = new StringBuilder();
        for (String w : words) {
            boolean cjk = TextScript.containsCjk(w);
            if (!ws.isEmpty() && !cjk) cx += cw;
            if (text.length() > 0 && !cjk) text.append(' ');
            text.append(w);
            int wd = w.codePointCount(0, w.length()) * cw;
            ws.add(new Word(w, new Box(cx, y, wd, cw + 4), 0.9 - 0.01 * ws.size()));
            cx += wd;
        }
        return new Line(id, text.toString(), Box.ofCorners(x, y, cx, y + cw + 4), ws, 0.88, false);
    }

    static Region region(String id, Role role, int col, Line... lines) {
        Box box = Box.unionOf(List.of(lines).stream().map(Line::box).toList());
        return new Region(id, role, box, List.of(lines), col, col, false);
    }

    static TextParagraph para(String text, Region from) {
        return new TextParagraph(text, null, from.lines().stream().map(Line::id).toList());
    }

    static Article article(String id, int page, String title, String kicker, String subtitle, String byline,
                           List<TextParagraph> paras, List<String> captions, List<Region> regions, List<Hyphenation> hy) {
        Box bbox = Box.unionOf(regions.stream().map(Region::box).toList());
        return new Article(id, page, title, kicker, subtitle, byline, paras, captions, List.of(0, 1), bbox, 0.87, regions, hy);
    }

    static FileResult file(String path, IssueMeta meta, int pageNo, List<Article> articles, List<Region> extra) {
        List<Region> all = new ArrayList<>(extra);
        articles.forEach(a -> all.addAll(a.regions()));
        PageText text = new PageText(pageNo, PAGE_W, PAGE_H, 300, TextRoute.OCR, null, List.of(), 0.0);
        PageLayout layout = new PageLayout(text, List.of(), List.of(), List.of(), all);
        PageResult page = new PageResult(text, layout, articles, meta);
        return new FileResult(new SourceInfo(path, 12345, "ab".repeat(32), "image/tiff"), List.of(page));
    }

    static final IssueMeta CHINESE_META = new IssueMeta("人民日报", "1950-01-02", "第612号", null);

    /** Simplified Chinese page: a masthead outside any article, a full article (kicker, subhead, caption) and an untitled item. */
    static FileResult chinese(String path) {
        Region mast = region("p1_r0", Role.MASTHEAD, 0, line("p1_l0", 800, 40, 120, "人民日报"));
        Region kicker = region("p1_r1", Role.KICKER, 0, line("p1_l1", 100, 300, 40, "本报讯"));
        Region head = region("p1_r2", Role.HEADLINE, 0, line("p1_l2", 100, 360, 80, "上海港口", "货运量", "创新高"));
        Region body1 = region("p1_r3", Role.BODY, 0,
                line("p1_l3", 100, 500, 40, "今年", "上海港", "货物", "吞吐量"),
                line("p1_l4", 100, 548, 40, "比去年", "增长", "百分之", "二十。"));
        Region sub = region("p1_r4", Role.SUBHEAD, 0, line("p1_l5", 100, 620, 50, "工人们", "的", "贡献"));
        Region body2 = region("p1_r5", Role.BODY, 0, line("p1_l6", 100, 690, 40, "码头", "工人", "日夜", "工作。"));
        Region cap = region("p1_r6", Role.CAPTION, 0, line("p1_l7", 100, 760, 30, "图为", "上海港", "码头"));
        Article a1 = article("p1-a01", 1, "上海港口货运量创新高", "本报讯", null, "本报记者 王明",
                List.of(para("今年上海港货物吞吐量比去年增长百分之二十。", body1),
                        new TextParagraph("工人们的贡献", "subhead", List.of("p1_l5")),
                        para("码头工人日夜工作。", body2)),
                List.of("图为上海港码头"), List.of(kicker, head, body1, sub, body2, cap), List.of());
        Region body3 = region("p1_r7", Role.BODY, 1, line("p1_l8", 1300, 500, 40, "天气", "预报：", "明日", "晴。"));
        Article a2 = article("p1-a02", 1, null, null, null, null,
                List.of(para("天气预报：明日晴。", body3)), List.of(), List.of(body3), List.of());
        return file(path, CHINESE_META, 1, List.of(a1, a2), List.of(mast));
    }

    static final IssueMeta ENGLISH_META = new IssueMeta("The Evening Star", "1901-03-04", "No. 14,512", "XLII");

    /** English page with two hyphenations (one hyphen removed, one kept) and a subtitle. */
    static FileResult english(String path) {
        Region head = region("p2_r1", Role.HEADLINE, 0, line("p2_l1", 100, 200, 60, "Harbour", "Trade", "Grows"));
        Region body = region("p2_r2", Role.BODY, 0,
                line("p2_l10", 100, 400, 30, "The", "committee", "will", "exam-"),
                line("p2_l11", 100, 440, 30, "ine", "the", "proposal", "on", "well-"),
                line("p2_l12", 100, 480, 30, "known", "grounds", "today."));
        List<Hyphenation> hy = List.of(
                new Hyphenation("p2_l10", "exam-", "ine", "examine", true, "dictionary"),
                new Hyphenation("p2_l11", "well-", "known", "well-known", false, "kept-compound"));
        Article a = article("p1-a01", 1, "Harbour Trade Grows", null, "A record year for the port", "By J. Smith",
                List.of(para("The committee will examine the proposal on well-known grounds today.", body),
                        new TextParagraph("More ships", "subhead", List.of()),
                        new TextParagraph("Ships arrived daily.", null, List.of())),
                List.of("The harbour at dawn."), List.of(head, body), hy);
        return file(path, ENGLISH_META, 1, List.of(a), List.of());
    }
}
