package org.broadsheet.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Builds benchmark documents: paragraphs composed from hand-written newspaper sentences, set in a
 * column and damaged the ways extraction and OCR damage text, together with the truth (where each
 * paragraph starts and ends, and which line-end hyphens belong to the word).
 */
final class RepairCorpus {
    /** How paragraph boundaries show in the text, besides the lines themselves. */
    enum Cues { NONE, INDENT, BLANK_BETWEEN_PARAGRAPHS, BLANK_BETWEEN_LINES, INDENT_AND_BLANK_LINES }

    record Conditions(boolean chinese, int width, Cues cues, boolean hyphenate, boolean doubledHeadings,
                      boolean ocrSpaces, boolean halfWidthPunctuation, boolean verticalCaption, ColumnWrapper.Kinsoku kinsoku) {}

    /** One expected paragraph; lines are 1-based numbers of the document's non-blank lines' positions. */
    record TruthParagraph(String text, String role, int firstLine, int lastLine) {}

    /**
     * {@code lines} as extracted (damaged), {@code setLines} as printed: OCR geometry follows the print.
     * {@code blindParagraphs} marks the true paragraphs that share a boundary with another body paragraph
     * which nothing shows: no indent, no telling blank line, and the line before it too full to
     * have taken even the shortest piece of the next line's first word. No reader can find those.
     */
    record Doc(Conditions conditions, String text, List<String> lines, List<String> setLines,
               List<TruthParagraph> paragraphs, Map<Integer, Boolean> hyphens, List<Boolean> blindParagraphs) {
        Doc {
            blindParagraphs = List.copyOf(blindParagraphs);
        }

        int blind() {
            return (int) blindParagraphs.stream().filter(b -> b).count();
        }
    }

    private static final String[] CAPTIONS = {"图为新建成的跨江大桥", "本报记者摄", "图为古城夜景", "市民在公园锻炼身体"};

    private final List<String> enSentences;
    private final List<String> zhSentences;
    private final List<String> enHeadings;
    private final List<String> zhHeadings;

    RepairCorpus() throws IOException {
        enSentences = resource("en-sentences.txt");
        zhSentences = resource("zh-sentences.txt");
        enHeadings = resource("en-headings.txt");
        zhHeadings = resource("zh-headings.txt");
    }

    private static List<String> resource(String name) throws IOException {
        try (InputStream in = RepairCorpus.class.getResourceAsStream("/bench/repair/" + name)) {
            if (in == null) throw new IOException("missing benchmark resource " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        }
    }

    Conditions randomConditions(Random rnd, boolean chinese) {
        Cues cues = Cues.values()[rnd.nextInt(Cues.values().length)];
        return new Conditions(chinese, 10 + rnd.nextInt(31), cues,
                !chinese && rnd.nextDouble() < 0.6,
                rnd.nextDouble() < (chinese ? 0.3 : 0.15),
                chinese && rnd.nextDouble() < 0.2,
                chinese && rnd.nextDouble() < 0.2,
                chinese && rnd.nextDouble() < 0.2,
                ColumnWrapper.Kinsoku.values()[rnd.nextInt(3)]);
    }

    Doc generate(Random rnd, Conditions c) {
        List<String[]> units = new ArrayList<>(); // {text, role}
        if (rnd.nextBoolean()) units.add(new String[] {pick(rnd, c.chinese() ? zhHeadings : enHeadings), "heading"});
        int paragraphs = 3 + rnd.nextInt(6);
        for (int p = 0; p < paragraphs; p++) {
            if (p > 0 && rnd.nextDouble() < 0.25) units.add(new String[] {pick(rnd, c.chinese() ? zhHeadings : enHeadings), "heading"});
            if (p > 0 && c.verticalCaption() && rnd.nextDouble() < 0.3) units.add(new String[] {pick(rnd, List.of(CAPTIONS)), "caption"});
            int sentences = 1 + rnd.nextInt(5);
            List<String> parts = new ArrayList<>();
            for (int s = 0; s < sentences; s++) parts.add(pick(rnd, c.chinese() ? zhSentences : enSentences));
            units.add(new String[] {String.join(c.chinese() ? "" : " ", parts), null});
        }
        return layOut(c, units);
    }

    private Doc layOut(Conditions c, List<String[]> units) {
        List<String> lines = new ArrayList<>();
        List<String> printed = new ArrayList<>();
        List<TruthParagraph> truth = new ArrayList<>();
        Map<Integer, Boolean> hyphens = new LinkedHashMap<>();
        List<List<ColumnWrapper.SetLine>> sets = new ArrayList<>();
        boolean blankLines = c.cues() == Cues.BLANK_BETWEEN_LINES || c.cues() == Cues.INDENT_AND_BLANK_LINES;
        boolean indent = c.cues() == Cues.INDENT || c.cues() == Cues.INDENT_AND_BLANK_LINES;
        for (String[] unit : units) {
            String text = unit[0];
            String role = unit[1];
            if (!lines.isEmpty() && (blankLines || c.cues() == Cues.BLANK_BETWEEN_PARAGRAPHS)) {
                lines.add("");
                printed.add("");
            }
            String ind = indent && role == null ? (c.chinese() ? "　　" : "  ") : "";
            List<ColumnWrapper.SetLine> set;
            if ("caption".equals(role)) {
                set = text.codePoints().mapToObj(cp -> new ColumnWrapper.SetLine(new String(Character.toChars(cp)), null)).toList();
            } else if (c.chinese()) {
                set = ColumnWrapper.chinese(text, 2 * c.width(), ind, c.kinsoku());
            } else {
                set = ColumnWrapper.english(text, c.width(), ind, c.hyphenate());
            }
            sets.add(set);
            int first = lines.size() + 1;
            for (int i = 0; i < set.size(); i++) {
                if (i > 0 && blankLines) {
                    lines.add("");
                    printed.add("");
                }
                lines.add(damage(set.get(i).text(), role, c));
                printed.add(set.get(i).text());
                if (set.get(i).hyphen() != null) hyphens.put(lines.size(), set.get(i).hyphen());
            }
            truth.add(new TruthParagraph(text, role, first, lines.size()));
        }
        return new Doc(c, String.join("\n", lines) + "\n", lines, printed, truth, hyphens, blind(c, units, sets));
    }

    private static List<Boolean> blind(Conditions c, List<String[]> units, List<List<ColumnWrapper.SetLine>> sets) {
        Boolean[] blind = new Boolean[units.size()];
        java.util.Arrays.fill(blind, false);
        if (c.cues() != Cues.NONE && c.cues() != Cues.BLANK_BETWEEN_LINES) return List.of(blind);
        for (int k = 0; k + 1 < units.size(); k++) {
            if (units.get(k)[1] != null || units.get(k + 1)[1] != null || sets.get(k).isEmpty() || sets.get(k + 1).isEmpty()) continue;
            String last = sets.get(k).get(sets.get(k).size() - 1).text();
            String next = sets.get(k + 1).get(0).text();
            boolean full = c.chinese()
                    ? ColumnWrapper.width(last) + ColumnWrapper.width(ColumnWrapper.chineseLead(next)) > 2 * c.width()
                    : last.length() + 1 + ColumnWrapper.shortestPiece(next.split(" ")[0], c.hyphenate()) > c.width();
            if (full) {
                blind[k] = true;
                blind[k + 1] = true;
            }
        }
        return List.of(blind);
    }

    /** The damage extraction does to a set line: fake bold doubles heading glyphs, OCR spaces out Chinese, punctuation comes out half width. */
    private static String damage(String line, String role, Conditions c) {
        String out = line;
        if (c.halfWidthPunctuation()) {
            out = out.replace('，', ',').replace('：', ':').replace('；', ';').replace('？', '?').replace('！', '!')
                    .replace('（', '(').replace('）', ')');
        }
        if (c.ocrSpaces() && !"caption".equals(role)) out = spaceOut(out);
        // Fake bold is a PDF text-layer artefact, OCR spacing an OCR one: a document has one or the other.
        if (c.doubledHeadings() && !c.ocrSpaces() && "heading".equals(role)) {
            StringBuilder sb = new StringBuilder();
            out.codePoints().forEach(cp -> sb.appendCodePoint(cp).appendCodePoint(cp));
            out = sb.toString();
        }
        return out;
    }

    /** Tesseract's habit of putting a space between Chinese characters (and between them and Latin runs). */
    private static String spaceOut(String line) {
        String lead = line.startsWith("　　") ? "　　" : "";
        List<String> units = ColumnWrapper.units(line.substring(lead.length()));
        return lead + String.join(" ", units);
    }

    private static String pick(Random rnd, List<String> from) {
        return from.get(rnd.nextInt(from.size()));
    }
}
