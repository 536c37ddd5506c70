package org.broadsheet.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * Sets a paragraph in a column of fixed width the way typesetting and text extraction do:
 * greedy filling, English breaking at spaces, after the hyphens of compounds and (when asked) at
 * syllables; Chinese breaking between any two characters but not inside Latin runs, with one of
 * three common treatments of punctuation that may not start a line.
 */
final class ColumnWrapper {
    private ColumnWrapper() {}

    /** A set line; {@code hyphen} is null without a line-end hyphen, TRUE for a syllable break, FALSE for a compound's own hyphen. */
    record SetLine(String text, Boolean hyphen) {}

    enum Kinsoku { HANG, PUSH, NONE }

    private static final String NO_START = "，。、；：！？”’）》…—";
    private static final String NO_END = "“‘（《";

    static List<SetLine> english(String text, int width, String indent, boolean hyphenate) {
        List<SetLine> out = new ArrayList<>();
        StringBuilder line = new StringBuilder(indent);
        boolean lineHasWord = false;
        for (String word : text.split(" ")) {
            String rest = word;
            while (rest != null) {
                int sep = lineHasWord ? 1 : 0;
                if (line.length() + sep + rest.length() <= width) {
                    if (lineHasWord) line.append(' ');
                    line.append(rest);
                    lineHasWord = true;
                    rest = null;
                    continue;
                }
                int room = width - line.length() - sep;
                // A typesetter breaks a hyphenated compound only at its own hyphens, never at a syllable of a part.
                Break b = bestBreak(rest, room, hyphenate && !hasInnerHyphen(word));
                if (b != null) {
                    if (lineHasWord) line.append(' ');
                    line.append(rest, 0, b.at).append(b.syllable ? "-" : "");
                    out.add(new SetLine(line.toString(), b.syllable));
                    line.setLength(0);
                    lineHasWord = false;
                    rest = rest.substring(b.at);
                } else if (lineHasWord) {
                    out.add(new SetLine(line.toString(), null));
                    line.setLength(0);
                    lineHasWord = false;
                } else {
                    line.append(rest); // longer than the column and unbreakable: it sticks out
                    lineHasWord = true;
                    rest = null;
                }
            }
        }
        if (lineHasWord) out.add(new SetLine(line.toString(), null));
        return out;
    }

    private record Break(int at, boolean syllable) {}

    /** The fewest columns the word can give to the end of the line before: a syllable or compound head with its hyphen, else all of it. */
    static int shortestPiece(String word, boolean hyphenate) {
        int best = word.length();
        for (int room = 1; room < word.length(); room++) {
            Break b = bestBreak(word, room, hyphenate && !hasInnerHyphen(word));
            if (b != null) return Math.min(best, b.at + (b.syllable ? 1 : 0));
        }
        return best;
    }

    /** What must move together at the start of a Chinese line: an opening mark with its character, and the marks that may not start a line. */
    static String chineseLead(String line) {
        List<String> u = units(line);
        int i = 0;
        while (i < u.size() && NO_END.indexOf(u.get(i).charAt(0)) >= 0) i++;
        i = Math.min(i + 1, u.size());
        while (i < u.size() && NO_START.indexOf(u.get(i).charAt(0)) >= 0) i++;
        return String.join("", u.subList(0, i));
    }

    private static boolean hasInnerHyphen(String word) {
        for (int i = 1; i < word.length() - 1; i++) {
            if (word.charAt(i) == '-' && Character.isLetterOrDigit(word.charAt(i - 1))) return true;
        }
        return false;
    }

    /** The longest head of the word that fits in {@code room} columns, hyphen included. */
    private static Break bestBreak(String word, int room, boolean hyphenate) {
        Break best = null;
        for (int i = 1; i < word.length() - 1; i++) {
            if (word.charAt(i - 1) == '-' && Character.isLetterOrDigit(word.charAt(i)) && i <= room) best = new Break(i, false);
        }
        if (!hyphenate) return best;
        int start = 0;
        while (start < word.length() && !Character.isLetter(word.charAt(start))) start++;
        int end = start;
        while (end < word.length() && Character.isLetter(word.charAt(end))) end++;
        for (int p : Syllables.points(word.substring(start, end))) {
            int at = start + p;
            if (at + 1 <= room && (best == null || at > best.at)) best = new Break(at, true);
        }
        return best;
    }

    static List<SetLine> chinese(String text, int width, String indent, Kinsoku kinsoku) {
        List<String> units = units(text);
        List<List<String>> lines = new ArrayList<>();
        List<String> cur = new ArrayList<>();
        int w = width(indent);
        for (String u : units) {
            int uw = width(u);
            if (w + uw <= width || cur.isEmpty()) {
                cur.add(u);
                w += uw;
                continue;
            }
            boolean noStart = NO_START.indexOf(u.charAt(0)) >= 0;
            if (noStart && kinsoku == Kinsoku.HANG) {
                cur.add(u);
                lines.add(cur);
                cur = new ArrayList<>();
                w = 0;
                continue;
            }
            List<String> next = new ArrayList<>();
            if (noStart && kinsoku == Kinsoku.PUSH && cur.size() > 1 && NO_START.indexOf(last(cur).charAt(0)) < 0) {
                next.add(cur.remove(cur.size() - 1));
            }
            if (kinsoku != Kinsoku.NONE && cur.size() > 1 && NO_END.indexOf(last(cur).charAt(0)) >= 0) {
                next.add(0, cur.remove(cur.size() - 1));
            }
            lines.add(cur);
            next.add(u);
            cur = next;
            w = next.stream().mapToInt(ColumnWrapper::width).sum();
        }
        if (!cur.isEmpty()) lines.add(cur);
        List<SetLine> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) out.add(new SetLine((i == 0 ? indent : "") + String.join("", lines.get(i)), null));
        return out;
    }

    /** Unbreakable pieces of Chinese text: each full-width character alone, each run of half-width characters whole. */
    static List<String> units(String text) {
        List<String> units = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int n = Character.charCount(cp);
            if (width(cp) == 2) {
                units.add(text.substring(i, i + n));
                i += n;
            } else {
                int j = i;
                while (j < text.length() && width(text.codePointAt(j)) == 1) j += Character.charCount(text.codePointAt(j));
                units.add(text.substring(i, j));
                i = j;
            }
        }
        return units;
    }

    static int width(String s) {
        return s.codePoints().map(ColumnWrapper::width).sum();
    }

    static int width(int cp) {
        Character.UnicodeScript sc = Character.UnicodeScript.of(cp);
        if (sc == Character.UnicodeScript.HAN || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFF60)) return 2;
        return "“”‘’—…·".indexOf(cp) >= 0 ? 2 : 1;
    }

    private static String last(List<String> l) {
        return l.get(l.size() - 1);
    }
}
