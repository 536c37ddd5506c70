package org.broadsheet.bench;

import java.util.List;
import java.util.Random;
import org.broadsheet.dictionary.EnglishLexicon;
import org.broadsheet.model.TextParagraph;
import org.broadsheet.repair.ParagraphRepairer;
import org.broadsheet.repair.TextRepair;

/**
 * Lists the benchmark paragraphs a repair got wrong although a cue shows their boundaries (the
 * ones the ceiling does not excuse), with the lines around each, to find the rules that fail.
 * Usage: RepairMisses [DOCS_PER_LANGUAGE] [SEED] [plain|ocr]
 */
public final class RepairMisses {
    private RepairMisses() {}

    public static void main(String[] args) throws Exception {
        int docs = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 20240611L;
        boolean ocr = args.length > 2 && args[2].equals("ocr");
        RepairCorpus corpus = new RepairCorpus();
        Random rnd = new Random(seed);
        TextRepair repair = new TextRepair(EnglishLexicon::installed);
        ParagraphRepairer ocrRepair = new ParagraphRepairer(EnglishLexicon::installed);
        int shown = 0;
        for (boolean chinese : new boolean[] {true, false}) {
            for (int d = 0; d < docs; d++) {
                RepairCorpus.Doc doc = corpus.generate(rnd, corpus.randomConditions(rnd, chinese));
                List<TextParagraph> got = ocr ? ocrRepair.repair(OcrLines.draft(doc), "bench").paragraphs() : repair.run(doc.text()).paragraphs();
                java.util.Set<Integer> starts = new java.util.HashSet<>();
                for (TextParagraph p : got) starts.add(first(p));
                for (int k = 1; k < doc.paragraphs().size(); k++) {
                    RepairCorpus.TruthParagraph before = doc.paragraphs().get(k - 1);
                    RepairCorpus.TruthParagraph t = doc.paragraphs().get(k);
                    if (starts.contains(t.firstLine()) || (doc.blindParagraphs().get(k) && doc.blindParagraphs().get(k - 1)
                            && before.role() == null && t.role() == null)) continue;
                    shown++;
                    System.out.printf("MISSED %s|%s w=%d hy=%b cues=%s |%s| + |%s|%n", role(before), role(t), doc.conditions().width(),
                            doc.conditions().hyphenate(), doc.conditions().cues(), doc.lines().get(before.lastLine() - 1),
                            doc.lines().get(t.firstLine() - 1));
                }
                java.util.Set<Integer> trueStarts = new java.util.HashSet<>();
                for (RepairCorpus.TruthParagraph t : doc.paragraphs()) trueStarts.add(t.firstLine());
                for (TextParagraph p : got) {
                    if (trueStarts.contains(first(p))) continue;
                    shown++;
                    System.out.printf("SPLIT w=%d cues=%s |%s| + |%s|%n", doc.conditions().width(), doc.conditions().cues(),
                            previousLine(doc, first(p)), doc.lines().get(first(p) - 1));
                }
                for (RepairCorpus.TruthParagraph t : doc.paragraphs()) {
                    TextParagraph p = covering(got, t.firstLine());
                    if (p == null || first(p) != t.firstLine() || last(p) != t.lastLine() || p.text().equals(t.text())) continue;
                    shown++;
                    System.out.println("TEXT T " + t.text());
                    System.out.println("TEXT R " + p.text());
                }
            }
        }
        System.out.println(shown + " boundaries missed or invented that a cue shows, and texts wrong");
    }

    private static String role(RepairCorpus.TruthParagraph t) {
        return t.role() == null ? "body" : t.role();
    }

    private static String previousLine(RepairCorpus.Doc doc, int line) {
        for (int n = line - 1; n >= 1; n--) if (!doc.lines().get(n - 1).isBlank()) return doc.lines().get(n - 1);
        return "";
    }

    private static TextParagraph covering(List<TextParagraph> got, int line) {
        for (TextParagraph p : got) if (first(p) <= line && last(p) >= line) return p;
        return null;
    }

    private static int first(TextParagraph p) {
        return RepairBenchmark.lineNumber(p.lineIds().get(0));
    }

    private static int last(TextParagraph p) {
        return RepairBenchmark.lineNumber(p.lineIds().get(p.lineIds().size() - 1));
    }
}
