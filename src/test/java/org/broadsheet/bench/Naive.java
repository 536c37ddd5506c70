package org.broadsheet.bench;

import java.util.ArrayList;
import java.util.List;
import org.broadsheet.model.Hyphenation;

/** The approaches a repair must beat: one paragraph per document, paragraphs at blank lines, every hyphen removed. */
final class Naive {
    private Naive() {}

    static List<RepairScore.Predicted> joinAll(RepairCorpus.Doc doc) {
        List<Integer> numbers = nonBlank(doc, 0, doc.lines().size());
        return List.of(paragraph(doc, numbers));
    }

    static List<RepairScore.Predicted> splitOnBlankLines(RepairCorpus.Doc doc) {
        List<RepairScore.Predicted> out = new ArrayList<>();
        List<Integer> run = new ArrayList<>();
        for (int n = 1; n <= doc.lines().size(); n++) {
            if (doc.lines().get(n - 1).isBlank()) {
                if (!run.isEmpty()) out.add(paragraph(doc, run));
                run = new ArrayList<>();
            } else {
                run.add(n);
            }
        }
        if (!run.isEmpty()) out.add(paragraph(doc, run));
        return out;
    }

    static List<Hyphenation> removeEveryHyphen(RepairCorpus.Doc doc) {
        return doc.hyphens().keySet().stream().map(n -> new Hyphenation("L" + n, "", "", "", true, "naive")).toList();
    }

    private static List<Integer> nonBlank(RepairCorpus.Doc doc, int from, int to) {
        List<Integer> out = new ArrayList<>();
        for (int n = from + 1; n <= to; n++) if (!doc.lines().get(n - 1).isBlank()) out.add(n);
        return out;
    }

    /** Lines joined as a simple extractor does: Chinese without a space, Latin with one. */
    private static RepairScore.Predicted paragraph(RepairCorpus.Doc doc, List<Integer> numbers) {
        StringBuilder sb = new StringBuilder();
        for (int n : numbers) {
            String t = doc.lines().get(n - 1).strip();
            if (sb.length() > 0 && !doc.conditions().chinese()) sb.append(' ');
            sb.append(t);
        }
        return new RepairScore.Predicted(sb.toString(), numbers.get(0), numbers.get(numbers.size() - 1));
    }
}
