package org.broadsheet.testpages;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Breaks a paragraph into lines of a given width the way a newspaper compositor would: English at
 * word boundaries (optionally splitting long words with a hyphen), Chinese after any character but
 * never starting a line with closing punctuation nor ending one with opening punctuation, Latin runs
 * inside Chinese kept whole. Justified lines spread their slack over the gaps between pieces.
 */
final class LineSetter {

    static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    private static final String NO_LINE_START = "，。、；：？！）」』”’》〉】〕…—·%,.;:?!)]}";
    private static final String NO_LINE_END = "（「『“‘《〈【〔([{";
    private static final Pattern CJK_TOKEN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.%/:+\\-]*|\\s+|.",
            Pattern.DOTALL);
    private static final String VOWELS = "aeiouyAEIOUY";
    private static final int MIN_FRAGMENT = 3;

    private final Font font;
    private final boolean cjk;
    private final boolean hyphenate;
    private final double space;

    LineSetter(Font font, boolean cjk, boolean hyphenate) {
        this.font = font;
        this.cjk = cjk;
        this.hyphenate = hyphenate;
        this.space = width(" ");
    }

    double width(String s) {
        return font.getStringBounds(s, FRC).getWidth();
    }

    /**
     * @param indent  first-line indent in pixels
     * @param justify spread every line but the last to the full width
     */
    List<SetLine> set(String paragraph, double lineWidth, double indent, boolean justify) {
        List<List<String>> rows = new ArrayList<>();
        List<SetLine.Split> splits = new ArrayList<>();
        if (cjk) breakCjk(paragraph, lineWidth, indent, rows, splits);
        else breakWords(paragraph, lineWidth, indent, rows, splits);
        List<SetLine> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            boolean last = i == rows.size() - 1;
            out.add(place(rows.get(i), i == 0 ? indent : 0, lineWidth, justify && !last, splits.get(i), last));
        }
        return out;
    }

    private SetLine place(List<String> row, double start, double lineWidth, boolean justify, SetLine.Split split,
                          boolean last) {
        double[] widths = row.stream().mapToDouble(this::width).toArray();
        double inked = 0;
        for (double w : widths) inked += w;
        int gaps = row.size() - 1;
        double gap = cjk ? 0 : space;
        if (justify && gaps > 0) gap = (lineWidth - start - inked) / gaps;
        List<SetLine.Piece> pieces = new ArrayList<>();
        double x = start;
        for (int i = 0; i < row.size(); i++) {
            pieces.add(new SetLine.Piece(row.get(i), x, widths[i]));
            x += widths[i] + gap;
        }
        double natural = x - gap - start;
        return new SetLine(pieces, natural, split, last);
    }

    private void breakWords(String paragraph, double lineWidth, double indent, List<List<String>> rows,
                            List<SetLine.Split> splits) {
        List<String> words = new ArrayList<>(List.of(paragraph.trim().split("\\s+")));
        List<String> row = new ArrayList<>();
        double used = indent;
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            double w = width(word);
            double needed = row.isEmpty() ? w : space + w;
            if (used + needed <= lineWidth) {
                row.add(word);
                used += needed;
                continue;
            }
            double room = lineWidth - used - (row.isEmpty() ? 0 : space);
            boolean mustSplit = row.isEmpty();
            SetLine.Split split = hyphenate || mustSplit ? split(word, room, mustSplit) : null;
            if (split != null) {
                row.add(split.head());
                words.add(i + 1, split.tail());
            } else {
                i--;
            }
            rows.add(row);
            splits.add(split);
            row = new ArrayList<>();
            used = 0;
        }
        rows.add(row);
        splits.add(null);
    }

    /** The split of {@code word} whose head (with its hyphen) fills most of {@code room}, or null. */
    private SetLine.Split split(String word, double room, boolean force) {
        int compound = word.lastIndexOf('-', word.length() - 1 - MIN_FRAGMENT);
        while (compound >= MIN_FRAGMENT) {
            String head = word.substring(0, compound + 1);
            if (width(head) <= room) return new SetLine.Split(head, word.substring(compound + 1), word, true);
            compound = word.lastIndexOf('-', compound - 1);
        }
        int letters = 0;
        while (letters < word.length() && Character.isLetter(word.charAt(letters))) letters++;
        for (int i = letters - MIN_FRAGMENT; i >= MIN_FRAGMENT; i--) {
            if (!force && !goodBreak(word, i)) continue;
            String head = word.substring(0, i) + "-";
            if (width(head) <= room) return new SetLine.Split(head, word.substring(i), word, false);
        }
        if (!force) return null;
        for (int i = word.length() - 1; i >= 1; i--) {
            String head = word.substring(0, i) + "-";
            if (width(head) <= room) return new SetLine.Split(head, word.substring(i), word, false);
        }
        throw new IllegalStateException("column too narrow for '" + word + "'");
    }

    /**
     * Rough syllable rule: the tail starts with a consonant followed by a vowel, the break does
     * not split an onset cluster (in-cluded, not inc-luded) or a digraph, and the tail is not a bare
     * inflection (-ned, -tes). Plausible rather than correct, which is all a test page needs.
     */
    private static boolean goodBreak(String word, int i) {
        char before = Character.toLowerCase(word.charAt(i - 1));
        char at = word.charAt(i);
        char after = word.charAt(i + 1);
        if (!Character.isLowerCase(at) || !Character.isLetter(before)) return false;
        if (vowel(at) || !vowel(after)) return false;
        if (!vowel(before) && ONSETS.contains("" + before + at)) return false;
        String tail = word.substring(i).replaceAll("[^A-Za-z].*$", "");
        return !(tail.length() == 3 && (tail.endsWith("ed") || tail.endsWith("es")));
    }

    private static final java.util.Set<String> ONSETS = java.util.Set.of("bl", "br", "cl", "cr", "dr", "fl", "fr",
            "gl", "gr", "pl", "pr", "tr", "th", "sh", "ch", "wh", "ph", "ck", "gh", "ng", "qu", "wr", "kn");

    private static boolean vowel(char c) {
        return VOWELS.indexOf(c) >= 0;
    }

    private void breakCjk(String paragraph, double lineWidth, double indent, List<List<String>> rows,
                          List<SetLine.Split> splits) {
        List<String> tokens = new ArrayList<>();
        Matcher m = CJK_TOKEN.matcher(paragraph.strip());
        while (m.find()) tokens.add(m.group());
        List<String> row = new ArrayList<>();
        double used = indent;
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            double w = width(t);
            if (used + w <= lineWidth || row.isEmpty()) {
                row.add(t);
                used += w;
                continue;
            }
            // t does not fit: move pieces down so that the next line does not start with closing
            // punctuation and this one does not end with opening punctuation.
            int next = i;
            while (row.size() > 1 && (startsBadly(tokens.get(next)) || endsBadly(row.get(row.size() - 1)))) {
                row.remove(row.size() - 1);
                next--;
            }
            rows.add(row);
            splits.add(null);
            row = new ArrayList<>();
            used = 0;
            i = next - 1;
        }
        rows.add(row);
        splits.add(null);
    }

    private static boolean startsBadly(String token) {
        return token.length() == 1 && NO_LINE_START.indexOf(token.charAt(0)) >= 0 || token.isBlank();
    }

    private static boolean endsBadly(String token) {
        return token.length() == 1 && NO_LINE_END.indexOf(token.charAt(0)) >= 0;
    }
}
