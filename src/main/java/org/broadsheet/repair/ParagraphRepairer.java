package org.broadsheet.repair;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.broadsheet.model.Article;
import org.broadsheet.model.ArticleDraft;
import org.broadsheet.model.Hyphenation;
import org.broadsheet.model.Line;
import org.broadsheet.model.Region;
import org.broadsheet.model.Role;
import org.broadsheet.model.TextParagraph;
import org.broadsheet.model.Word;

/**
 * Turns an assembled article into clean text: headline, kicker, subtitle and byline from their
 * regions, body paragraphs rebuilt from the line geometry (a paragraph may run on from one
 * column into the next), subheads as paragraphs of their own, captions, and every hyphen decision.
 */
public final class ParagraphRepairer implements ArticleRepairer {
    private final Supplier<Lexicon> lexicon;

    public ParagraphRepairer(Supplier<Lexicon> lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public Article repair(ArticleDraft draft, String id) {
        List<Region> textRegions = draft.regions().stream().filter(r -> r.role() != Role.FURNITURE && r.role() != Role.MASTHEAD).toList();
        boolean typeset = textRegions.stream().flatMap(r -> r.lines().stream()).allMatch(LineFixes::typeset);
        List<Line> allLines = textRegions.stream().flatMap(r -> r.lines().stream()).toList();
        boolean spacedText = LineFixes.spacedText(allLines.stream().filter(l -> !LineFixes.typeset(l)).map(Line::text).toList());
        Map<Line, String> cleaned = new IdentityHashMap<>();
        allLines.forEach(l -> cleaned.put(l, LineFixes.clean(l, spacedText)));
        Function<Line, String> text = cleaned::get;
        List<String> allTexts = allLines.stream().map(text).toList();
        boolean spaced = ParagraphJoiner.spacesAtScriptChange(allTexts);
        WordCounts counts = WordCounts.of(allTexts);
        Lexicon words = LazyLexicon.forWords(lexicon, counts.lowerCaseWords());
        SentenceStarts starts = new SentenceStarts(words, counts);
        ParagraphJoiner joiner = new ParagraphJoiner(new Dehyphenator(words, counts), spaced)
                .keepingPunctuation(typeset);

        List<Hyphenation> hyphenations = new ArrayList<>();
        List<TextParagraph> paragraphs = new ArrayList<>();
        List<String> captions = new ArrayList<>();
        List<GeometryCues.Placed> body = new ArrayList<>();
        for (Region r : textRegions) {
            Role role = r.role() == null ? Role.BODY : r.role();
            switch (role) {
                case BODY -> r.lines().forEach(l -> body.add(new GeometryCues.Placed(r, l, text.apply(l))));
                case SUBHEAD -> {
                    flushBody(body, joiner, spaced, starts, paragraphs, hyphenations);
                    String joined = joinRegions(List.of(r), text, joiner, hyphenations);
                    if (!joined.isEmpty()) paragraphs.add(new TextParagraph(joined, "subhead", ids(r)));
                }
                case CAPTION -> {
                    String joined = joinRegions(List.of(r), text, joiner, hyphenations);
                    if (!joined.isEmpty()) captions.add(joined);
                }
                default -> { }
            }
        }
        flushBody(body, joiner, spaced, starts, paragraphs, hyphenations);
        String title = roleText(textRegions, Role.HEADLINE, text, joiner, hyphenations);
        String kicker = roleText(textRegions, Role.KICKER, text, joiner, hyphenations);
        String subtitle = roleText(textRegions, Role.SUBTITLE, text, joiner, hyphenations);
        String byline = roleText(textRegions, Role.BYLINE, text, joiner, hyphenations);
        return new Article(id, draft.page(), title, kicker, subtitle, byline, paragraphs, captions, draft.columns(),
                draft.box(), confidence(textRegions), draft.regions(), hyphenations);
    }

    private static void flushBody(List<GeometryCues.Placed> body, ParagraphJoiner joiner, boolean spaced, SentenceStarts starts,
                                  List<TextParagraph> out, List<Hyphenation> hyphenations) {
        if (body.isEmpty()) return;
        List<LineCue> cues = GeometryCues.cues(body, spaced, starts);
        for (ParagraphJoiner.Piece piece : joiner.joinAll(cues)) {
            if (piece.joined().text().isEmpty()) continue;
            // Inside an article a heading found in the body is a subhead.
            String role = "heading".equals(piece.role()) ? "subhead" : piece.role();
            out.add(new TextParagraph(piece.joined().text(), role, piece.ids()));
            hyphenations.addAll(piece.joined().hyphenations());
        }
        body.clear();
    }

    private static String roleText(List<Region> regions, Role role, Function<Line, String> text, ParagraphJoiner joiner,
                                   List<Hyphenation> hyphenations) {
        List<Region> matching = regions.stream().filter(r -> r.role() == role).toList();
        if (matching.isEmpty()) return null;
        String joined = joinRegions(matching, text, joiner, hyphenations);
        return joined.isEmpty() ? null : joined;
    }

    private static String joinRegions(List<Region> regions, Function<Line, String> text, ParagraphJoiner joiner,
                                      List<Hyphenation> hyphenations) {
        List<Line> lines = regions.stream().flatMap(r -> r.lines().stream()).toList();
        ParagraphJoiner.Joined joined = joiner.join(lines.stream().map(Line::id).toList(), lines.stream().map(text).toList());
        hyphenations.addAll(joined.hyphenations());
        return joined.text();
    }

    private static List<String> ids(Region r) {
        return r.lines().stream().map(Line::id).toList();
    }

    /** Mean word confidence; lines without words count with their own confidence. */
    private static double confidence(List<Region> regions) {
        double sum = 0;
        int n = 0;
        for (Region r : regions) {
            for (Line l : r.lines()) {
                if (l.words().isEmpty()) {
                    sum += l.confidence();
                    n++;
                } else {
                    for (Word w : l.words()) {
                        sum += w.confidence();
                        n++;
                    }
                }
            }
        }
        return n == 0 ? 0 : sum / n;
    }
}
