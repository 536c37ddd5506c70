package org.broadsheet.repair;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Measures paragraph cues in plain text, where the only geometry is character columns:
 * leading spaces or {@code 　　} are indents, the widest usual line is the column width, and
 * blank lines count only when they are not between every line anyway.
 */
final class PlainTextCues {
    private PlainTextCues() {}

    /** One non-blank input line, cleaned. */
    record Item(List<String> ids, int indent, String text, int blanksBefore, boolean standalone, boolean emphasised) {}

    /** Share of lines ending a sentence above which the text is taken as one paragraph per line already. */
    private static final double UNWRAPPED_SHARE = 0.6;

    static List<Item> read(String text) {
        String[] raw = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        boolean spacedText = LineFixes.spacedText(Arrays.asList(raw));
        List<Item> items = new ArrayList<>();
        int blanks = 0;
        for (int n = 0; n < raw.length; n++) {
            String line = raw[n].replace("\uFEFF", "");
            if (line.isBlank()) {
                blanks++;
                continue;
            }
            int indent = indentWidth(line);
            // Punctuation is made full width here already so that line widths are measured as printed.
            String content = CjkPunctuation.fix(LineFixes.clean(line.strip(), spacedText));
            items.add(new Item(List.of("L" + (n + 1)), indent, content, blanks, false, LineFixes.isFakeBold(line)));
            blanks = 0;
        }
        return gatherVertical(items);
    }

    static List<LineCue> cues(List<Item> items, boolean chinese, boolean spaceAtScriptChange, SentenceStarts starts) {
        int n = items.size();
        boolean[] gap = gapBreaks(items);
        if (unwrapped(items, chinese)) Arrays.fill(gap, true);
        int baseIndent = mode(items.stream().filter(it -> !it.standalone()).mapToInt(Item::indent).toArray(), false);
        int[] widths = items.stream().mapToInt(it -> it.indent() + Script.width(it.text(), chinese)).toArray();
        int column = columnWidth(items, widths, chinese);
        List<LineCue> cues = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Item it = items.get(i);
            boolean room = true;
            if (i + 1 < n) {
                String next = items.get(i + 1).text();
                int sep = separatorWidth(Script.lastCodePoint(it.text()), Script.firstCodePoint(next), spaceAtScriptChange);
                room = widths[i] + sep + Script.width(firstToken(next), chinese) <= column;
            }
            cues.add(new LineCue(it.ids(), it.text(), it.indent() >= baseIndent + 2, gap[i], room, it.standalone(), it.emphasised(),
                    starts.opens(it.text())));
        }
        return cues;
    }

    private static int indentWidth(String line) {
        int w = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == ' ' || c == '\u00A0') w += 1;
            else if (c == '\t') w += 4;
            else if (c == '\u3000') w += 2;
            else break;
        }
        return w;
    }

    private static List<Item> gatherVertical(List<Item> items) {
        List<int[]> runs = VerticalRuns.find(items.stream().map(Item::text).toList());
        if (runs.isEmpty()) return items;
        List<Item> out = new ArrayList<>();
        int i = 0;
        for (int[] run : runs) {
            out.addAll(items.subList(i, run[0]));
            List<String> ids = new ArrayList<>();
            StringBuilder sb = new StringBuilder();
            for (Item it : items.subList(run[0], run[1])) {
                ids.addAll(it.ids());
                sb.append(it.text());
            }
            out.add(new Item(ids, 0, sb.toString(), items.get(run[0]).blanksBefore(), true, false));
            i = run[1];
        }
        out.addAll(items.subList(i, items.size()));
        return out;
    }

    /** Share of line gaps that may have fewer blank lines than the rest when blank lines stand between every line. */
    private static final double STRAY_GAPS = 0.1;

    /**
     * Blank lines break paragraphs only where there are more of them than between any two lines:
     * the usual gap is what nearly every gap has (not the commonest gap, which blank lines between
     * many one-line paragraphs would make).
     */
    private static boolean[] gapBreaks(List<Item> items) {
        int n = items.size();
        boolean[] gap = new boolean[n];
        if (n < 2) return gap;
        int[] gaps = items.stream().skip(1).mapToInt(Item::blanksBefore).sorted().toArray();
        int usual = gaps.length >= 3 ? gaps[(int) (STRAY_GAPS * gaps.length)] : 0;
        for (int i = 1; i < n; i++) gap[i] = items.get(i).blanksBefore() > usual;
        return gap;
    }

    /**
     * Text that already has one paragraph per line: most lines end a sentence, and those that do
     * not are short (headings). A line as long as the longest that ends mid-sentence was wrapped,
     * however many one-line paragraphs stand around it.
     */
    private static boolean unwrapped(List<Item> items, boolean chinese) {
        if (items.size() < 2) return false;
        long ends = items.stream().filter(it -> Punctuation.endsSentence(it.text())).count();
        if (ends < UNWRAPPED_SHARE * items.size()) return false;
        int widest = items.stream().mapToInt(it -> Script.width(it.text(), chinese)).max().orElse(0);
        return items.stream().noneMatch(it -> !Punctuation.endsSentence(it.text()) && !it.standalone()
                && Script.width(it.text(), chinese) >= WRAPPED_LINE * widest);
    }

    /** Share of the widest line from which a line that stops mid-sentence is taken as wrapped. */
    private static final double WRAPPED_LINE = 0.8;

    /**
     * The column width in character columns. Chinese lines are mostly full, so the commonest long
     * width is the column (punctuation hanging past it is rarer); Latin lines vary by a word, so the
     * widest line of several words is taken.
     */
    private static int columnWidth(List<Item> items, int[] widths, boolean chinese) {
        int max = 0;
        for (int i = 0; i < widths.length; i++) {
            if (items.get(i).standalone()) continue;
            if (!chinese && items.get(i).text().indexOf(' ') < 0 && widths.length > 1) continue;
            max = Math.max(max, widths[i]);
        }
        if (!chinese || widths.length < 5) return max == 0 ? Arrays.stream(widths).max().orElse(0) : max;
        int floor = (int) Math.ceil(0.7 * max);
        int[] longOnes = Arrays.stream(widths).filter(w -> w >= floor).toArray();
        return mode(longOnes, true);
    }

    private static int separatorWidth(int last, int first, boolean spaceAtScriptChange) {
        if (Script.isCjk(last) || Script.isCjk(first)) {
            boolean change = Script.isLatinish(last) || Script.isLatinish(first);
            return change && spaceAtScriptChange ? 1 : 0;
        }
        return 1;
    }

    /**
     * The shortest piece the next line could have given up to this one: one ideograph with the
     * marks that must follow it, or a Latin word up to its first own hyphen, where any typesetter
     * may break a compound ({@code First-} of {@code First-time}).
     */
    static String firstToken(String next) {
        int n = next.length();
        int i = 0;
        while (i < n && "“‘「『（(《【\"'".indexOf(next.charAt(i)) >= 0) i++;
        if (i < n && Script.isCjk(next.codePointAt(i))) {
            i += Character.charCount(next.codePointAt(i));
        } else {
            while (i < n && next.charAt(i) != ' ' && !Script.isCjk(next.codePointAt(i))) {
                boolean compoundHyphen = next.charAt(i) == '-' && i > 0 && Character.isLetter(next.charAt(i - 1))
                        && i + 1 < n && Character.isLetter(next.charAt(i + 1));
                i++;
                if (compoundHyphen) return next.substring(0, i);
            }
        }
        while (i < n && Punctuation.mayNotStartLine(next.codePointAt(i))) i++;
        return next.substring(0, i);
    }

    /** Most frequent value; ties go to the larger value when asked, else the smaller. */
    private static int mode(int[] values, boolean preferLarger) {
        if (values.length == 0) return 0;
        Map<Integer, Integer> counts = new HashMap<>();
        for (int v : values) counts.merge(v, 1, Integer::sum);
        int best = values[0];
        int bestCount = 0;
        for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
            int v = e.getKey();
            int c = e.getValue();
            if (c > bestCount || (c == bestCount && (preferLarger ? v > best : v < best))) {
                best = v;
                bestCount = c;
            }
        }
        return best;
    }
}
