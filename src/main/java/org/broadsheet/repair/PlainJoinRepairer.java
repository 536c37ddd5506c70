package org.broadsheet.repair;

import java.util.ArrayList;
import java.util.List;
import org.broadsheet.model.Article;
import org.broadsheet.model.ArticleDraft;
import org.broadsheet.model.Line;
import org.broadsheet.model.Region;
import org.broadsheet.model.Role;
import org.broadsheet.model.TextParagraph;

/** Joins each body region's lines into one paragraph; headline regions become the title. */
public final class PlainJoinRepairer implements ArticleRepairer {
    @Override
    public Article repair(ArticleDraft draft, String id) {
        String title = null;
        List<TextParagraph> paras = new ArrayList<>();
        for (Region r : draft.regions()) {
            String text = join(r.lines());
            if (r.role() == Role.HEADLINE && title == null) title = text;
            else paras.add(new TextParagraph(text, null, r.lines().stream().map(Line::id).toList()));
        }
        double conf = draft.regions().stream().flatMap(r -> r.lines().stream())
                .mapToDouble(Line::confidence).average().orElse(0);
        return new Article(id, draft.page(), title, null, null, null, paras, List.of(), draft.columns(),
                draft.box(), conf, draft.regions(), List.of());
    }

    static String join(List<Line> lines) {
        StringBuilder sb = new StringBuilder();
        for (Line l : lines) {
            String t = l.text().strip();
            if (t.isEmpty()) continue;
            if (sb.length() > 0 && !isCjk(sb.codePointBefore(sb.length())) && !isCjk(t.codePointAt(0))) sb.append(' ');
            sb.append(t);
        }
        return sb.toString();
    }

    static boolean isCjk(int cp) {
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        return s == Character.UnicodeScript.HAN || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFFEF);
    }
}
