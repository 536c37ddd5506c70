package org.broadsheet.bench;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.broadsheet.model.Hyphenation;

/** Adds up how well a repair reproduced the true paragraphs and hyphens of benchmark documents. */
final class RepairScore {
    /** A repaired paragraph reduced to what is scored: its text and the first and last source line. */
    record Predicted(String text, int firstLine, int lastLine) {}

    int paragraphs;
    int exact;
    /** Paragraphs with the right first and last line, whatever their text: the paragraph decisions alone. */
    int bounded;
    /** True paragraphs that no line-length, indent or spacing cue can find: see {@link RepairCorpus.Doc#blind()}. */
    int blind;
    /** Paragraphs with the right lines whose text differs from the truth only in hyphens: a dehyphenation error seen again. */
    int hyphenOnly;
    int merged;
    int split;
    int removedRight;
    int removedWrong;
    int shouldRemove;
    int hyphens;

    void add(RepairCorpus.Doc doc, List<Predicted> predicted, List<Hyphenation> decisions) {
        Set<Integer> trueStarts = new HashSet<>();
        for (RepairCorpus.TruthParagraph t : doc.paragraphs()) trueStarts.add(t.firstLine());
        Map<Integer, Predicted> byStart = new HashMap<>();
        for (Predicted p : predicted) byStart.put(p.firstLine(), p);
        paragraphs += doc.paragraphs().size();
        blind += doc.blind();
        for (RepairCorpus.TruthParagraph t : doc.paragraphs()) {
            Predicted p = byStart.get(t.firstLine());
            if (p != null && p.lastLine() == t.lastLine()) {
                bounded++;
                if (!p.text().equals(t.text()) && p.text().replace("-", "").equals(t.text().replace("-", ""))) hyphenOnly++;
            }
            if (p != null && p.lastLine() == t.lastLine() && p.text().equals(t.text())) exact++;
            if (p == null) merged++;
        }
        for (Predicted p : predicted) if (!trueStarts.contains(p.firstLine())) split++;
        Map<Integer, Boolean> decided = new HashMap<>();
        for (Hyphenation h : decisions) decided.put(Integer.parseInt(h.lineId().substring(1)), h.hyphenRemoved());
        for (Map.Entry<Integer, Boolean> e : doc.hyphens().entrySet()) {
            hyphens++;
            boolean remove = e.getValue();
            boolean removed = decided.getOrDefault(e.getKey(), false);
            if (remove) shouldRemove++;
            if (removed && remove) removedRight++;
            if (removed && !remove) removedWrong++;
        }
    }

    void addAll(RepairScore o) {
        paragraphs += o.paragraphs;
        exact += o.exact;
        bounded += o.bounded;
        blind += o.blind;
        hyphenOnly += o.hyphenOnly;
        merged += o.merged;
        split += o.split;
        removedRight += o.removedRight;
        removedWrong += o.removedWrong;
        shouldRemove += o.shouldRemove;
        hyphens += o.hyphens;
    }

    double exactShare() { return paragraphs == 0 ? 0 : 100.0 * exact / paragraphs; }

    double share(int n) { return paragraphs == 0 ? 0 : 100.0 * n / paragraphs; }

    double precision() {
        int removed = removedRight + removedWrong;
        return removed == 0 ? Double.NaN : 100.0 * removedRight / removed;
    }

    double recall() { return shouldRemove == 0 ? Double.NaN : 100.0 * removedRight / shouldRemove; }

    String row(String label) {
        return String.format("%-34s %6d %8.2f %8.2f %7d %8d %8d %9s %9s %8.2f", label, paragraphs, exactShare(), share(bounded),
                hyphenOnly, merged, split, pct(precision()), pct(recall()), 100 - share(blind));
    }

    /** A row for an approach that makes hyphen decisions only. */
    String hyphenRow(String label) {
        return String.format("%-34s %6s %8s %8s %7s %8s %8s %9s %9s %8s", label, "-", "-", "-", "-", "-", "-",
                pct(precision()), pct(recall()), "-");
    }

    static String header() {
        return String.format("%-34s %6s %8s %8s %7s %8s %8s %9s %9s %8s", "", "paras", "exact%", "bounds%", "hy-only", "merged", "split",
                "dehy-P%", "dehy-R%", "ceil%");
    }

    private static String pct(double v) {
        return Double.isNaN(v) ? "-" : String.format("%.2f", v);
    }
}
