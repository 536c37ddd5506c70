package org.broadsheet.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.broadsheet.model.Article;
import org.broadsheet.model.Hyphenation;
import org.broadsheet.model.TextParagraph;
import org.broadsheet.dictionary.EnglishLexicon;
import org.broadsheet.repair.ParagraphRepairer;
import org.broadsheet.repair.RepairResult;
import org.broadsheet.repair.TextRepair;

/**
 * Text repair benchmark: generated Chinese and English documents, set in columns of 10-40
 * characters and damaged like extracted or OCRed text, repaired from plain text and from OCR-like
 * line boxes; compared with joining every line and with splitting at blank lines.
 * Usage: RepairBenchmark [DOCS_PER_LANGUAGE] [SEED]
 */
public final class RepairBenchmark {
    private static final int SHOWN_FAILURES = Integer.getInteger("shown", 4);
    public static void main(String[] args) throws Exception {
        int docs = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 20240611L;
        RepairCorpus corpus = new RepairCorpus();
        Random rnd = new Random(seed);
        TextRepair repair = new TextRepair(EnglishLexicon::installed);
        ParagraphRepairer ocrRepair = new ParagraphRepairer(EnglishLexicon::installed);

        Map<String, RepairScore> plain = new LinkedHashMap<>();
        Map<String, RepairScore> ocr = new LinkedHashMap<>();
        Map<String, RepairScore> byWidth = new LinkedHashMap<>();
        RepairScore marked = new RepairScore(), unmarked = new RepairScore();
        RepairScore joinAll = new RepairScore();
        RepairScore blankSplit = new RepairScore();
        RepairScore alwaysRemove = new RepairScore();
        List<String> failures = new ArrayList<>();
        long nanos = 0;
        int lines = 0;
        for (boolean chinese : new boolean[] {true, false}) {
            for (int d = 0; d < docs; d++) {
                RepairCorpus.Doc doc = corpus.generate(rnd, corpus.randomConditions(rnd, chinese));
                lines += doc.lines().size();
                String key = (chinese ? "zh " : "en ") + doc.conditions().cues();
                long t0 = System.nanoTime();
                RepairResult result = repair.run(doc.text());
                nanos += System.nanoTime() - t0;
                if (Boolean.getBoolean("hyphenErrors")) printHyphenErrors(doc, result.hyphenations());
                RepairScore one = new RepairScore();
                one.add(doc, predicted(result.paragraphs()), result.hyphenations());
                plain.computeIfAbsent(key, k -> new RepairScore()).addAll(one);
                int band = doc.conditions().width() / 10 * 10;
                String widthKey = (chinese ? "zh " : "en ") + (noCues(doc) ? "no indent/blank " : "indent or blank ")
                        + "width " + band + "-" + Math.min(40, band + 9);
                byWidth.computeIfAbsent(widthKey, k -> new RepairScore()).addAll(one);
                (noCues(doc) ? unmarked : marked).addAll(one);
                if (one.exact < one.paragraphs && failures.stream().filter(f -> f.contains("chinese=" + chinese)).count() < SHOWN_FAILURES) {
                    failures.add(describe(doc, result));
                }

                Article article = ocrRepair.repair(OcrLines.draft(doc), "bench");
                ocr.computeIfAbsent(key, k -> new RepairScore()).add(doc, predicted(article.paragraphs()), article.hyphenations());

                joinAll.add(doc, Naive.joinAll(doc), List.of());
                blankSplit.add(doc, Naive.splitOnBlankLines(doc), List.of());
                alwaysRemove.add(doc, List.of(), Naive.removeEveryHyphen(doc));
            }
        }
        System.out.printf("broadsheet text repair benchmark: %d documents per language, seed %d, %d lines%n%n", docs, seed, lines);
        report("Plain text (TextRepair)", plain);
        report("OCR line boxes (ParagraphRepairer)", ocr);
        report("Plain text by column width (characters)", byWidth);
        System.out.println("Plain text by what marks its paragraphs, both languages");
        System.out.println(RepairScore.header());
        System.out.println(marked.row("marked: indent or blank line"));
        System.out.println(unmarked.row("unmarked: no cue in the text"));
        System.out.println();
        System.out.println("Naive approaches, all documents");
        System.out.println(RepairScore.header());
        System.out.println(joinAll.row("join every line"));
        System.out.println(blankSplit.row("split on blank lines"));
        System.out.println(alwaysRemove.hyphenRow("remove every line-end hyphen"));
        System.out.println("  (keeping every hyphen: dehyphenation recall 0%)");
        System.out.printf("%nexact%%: first line, last line and text right. bounds%%: first and last line right (paragraph decisions alone);%n"
                + "hy-only: paragraphs with right bounds whose text differs only in a hyphen (dehyphenation errors counted again).%n"
                + "ceil%%: share of paragraphs not touching a boundary that no cue shows (no indent or telling blank line, previous line full).%n");
        System.out.printf("Targets: >= 98%% paragraphs exact, dehyphenation precision >= 99.5%%.%n");
        System.out.printf("Plain-text repair speed: %.0f lines/s%n", lines / (nanos / 1e9));
        if (!failures.isEmpty()) {
            System.out.println("\nFirst mismatching plain-text documents (truth | repaired):");
            failures.forEach(System.out::println);
        }
    }

    private static void report(String title, Map<String, RepairScore> byCondition) {
        System.out.println(title);
        System.out.println(RepairScore.header());
        RepairScore zh = new RepairScore();
        RepairScore en = new RepairScore();
        byCondition.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            System.out.println(e.getValue().row("  " + e.getKey()));
            (e.getKey().startsWith("zh") ? zh : en).addAll(e.getValue());
        });
        RepairScore all = new RepairScore();
        all.addAll(zh);
        all.addAll(en);
        System.out.println(zh.row("Chinese"));
        System.out.println(en.row("English"));
        System.out.println(all.row("ALL"));
        System.out.println();
    }

    private static List<RepairScore.Predicted> predicted(List<TextParagraph> paragraphs) {
        return paragraphs.stream().map(p -> new RepairScore.Predicted(p.text(), lineNumber(p.lineIds().get(0)),
                lineNumber(p.lineIds().get(p.lineIds().size() - 1)))).toList();
    }

    /** Documents whose paragraph breaks show only in line lengths: no indent, no informative blank line. */
    private static boolean noCues(RepairCorpus.Doc doc) {
        RepairCorpus.Cues c = doc.conditions().cues();
        return c == RepairCorpus.Cues.NONE || c == RepairCorpus.Cues.BLANK_BETWEEN_LINES;
    }

    private static void printHyphenErrors(RepairCorpus.Doc doc, List<Hyphenation> decisions) {
        for (Hyphenation h : decisions) {
            Boolean remove = doc.hyphens().get(lineNumber(h.lineId()));
            if (remove != null && remove != h.hyphenRemoved()) System.out.println("HYPHEN-ERROR should remove=" + remove + " " + h);
        }
    }

    static int lineNumber(String id) {
        return Integer.parseInt(id.substring(1));
    }

    private static String describe(RepairCorpus.Doc doc, RepairResult result) {
        StringBuilder sb = new StringBuilder("--- " + doc.conditions() + "\n");
        for (String l : doc.lines()) sb.append("  | ").append(l).append('\n');
        for (RepairCorpus.TruthParagraph t : doc.paragraphs()) sb.append("  T ").append(t.firstLine()).append('-').append(t.lastLine()).append(' ').append(t.text()).append('\n');
        for (TextParagraph p : result.paragraphs()) sb.append("  R ").append(p.lineIds()).append(' ').append(p.role()).append(' ').append(p.text()).append('\n');
        for (Hyphenation h : result.hyphenations()) sb.append("  H ").append(h).append('\n');
        return sb.toString();
    }
}
