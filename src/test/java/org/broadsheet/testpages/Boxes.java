package org.broadsheet.testpages;

import java.util.List;
import java.util.function.UnaryOperator;
import org.broadsheet.model.Box;
import org.broadsheet.model.Separator;

/** Applies one box transformation to every box of a page's truth (used when the page is skewed). */
final class Boxes {
    private Boxes() {}

    static PageTruth map(PageTruth t, UnaryOperator<Box> f) {
        List<TruthArticle> articles = t.articles().stream().map(a -> new TruthArticle(a.id(), a.title(), a.kicker(),
                a.subtitle(), a.byline(), a.paragraphs(), a.captions(), a.columns(), f.apply(a.bbox()), a.boxed(),
                a.frame() == null ? null : f.apply(a.frame()), a.photos().stream().map(f).toList(),
                lines(a.lines(), f), a.hyphens())).toList();
        return new PageTruth(t.width(), t.height(), t.dpi(), t.script(), t.issue(), lines(t.mastheadLines(), f),
                t.columns().stream().map(f).toList(),
                t.rules().stream().map(s -> new Separator(f.apply(s.box()), s.vertical())).toList(),
                t.frames().stream().map(f).toList(), articles, t.omitted(), t.degradation());
    }

    private static List<TruthLine> lines(List<TruthLine> lines, UnaryOperator<Box> f) {
        return lines.stream().map(l -> new TruthLine(l.text(), f.apply(l.box()), l.role(), l.column(), l.fontPx(),
                l.bold(), l.words().stream().map(w -> new TruthWord(w.text(), f.apply(w.box()))).toList())).toList();
    }
}
