package org.broadsheet.repair;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.broadsheet.model.Hyphenation;
import org.broadsheet.model.TextParagraph;

/**
 * Repairs plain text that has lost its paragraphs to line wrapping (text pulled from PDFs, OCR
 * output saved as text): rebuilds whole paragraphs, undoes hyphenation at line ends and the
 * usual extraction damage. Headings stay paragraphs of their own with the role {@code heading}.
 */
public final class TextRepair {
    private final Supplier<Lexicon> lexicon;

    /** @param lexicon asked for only when a hyphen at a line end needs a dictionary */
    public TextRepair(Supplier<Lexicon> lexicon) {
        this.lexicon = lexicon;
    }

    public RepairResult run(String text) {
        List<PlainTextCues.Item> items = PlainTextCues.read(text);
        List<String> texts = items.stream().map(PlainTextCues.Item::text).toList();
        boolean chinese = texts.stream().mapToInt(Script::countHan).sum()
                > texts.stream().mapToInt(Script::countLatinLetters).sum();
        boolean spaced = ParagraphJoiner.spacesAtScriptChange(texts);
        WordCounts counts = WordCounts.of(texts);
        Lexicon words = LazyLexicon.forWords(lexicon, counts.lowerCaseWords());
        List<LineCue> cues = PlainTextCues.cues(items, chinese, spaced, new SentenceStarts(words, counts));
        Dehyphenator dehyphenator = new Dehyphenator(words, counts);
        ParagraphJoiner joiner = new ParagraphJoiner(dehyphenator, spaced);

        List<TextParagraph> paragraphs = new ArrayList<>();
        List<Hyphenation> hyphenations = new ArrayList<>();
        for (ParagraphJoiner.Piece piece : joiner.joinAll(cues)) {
            paragraphs.add(new TextParagraph(piece.joined().text(), piece.role(), piece.ids()));
            hyphenations.addAll(piece.joined().hyphenations());
        }
        return new RepairResult(paragraphs, hyphenations);
    }
}
