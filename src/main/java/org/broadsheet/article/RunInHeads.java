package org.broadsheet.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.broadsheet.model.Box;
import org.broadsheet.model.Line;
import org.broadsheet.model.Region;
import org.broadsheet.model.Role;
import org.broadsheet.model.Word;

/**
 * Finds run-in heads: old papers start many short items in the middle of a column with the
 * item's name set in capitals or small capitals at the head of its first paragraph, closed by a
 * full stop or a dash ({@code CHOLERA.—We learn...}, {@code POLICE INTELLIGENCE. More...}). Such a
 * paragraph starts a new article; its head becomes the article's headline and the rest of the line
 * stays body text. A body region is cut before that paragraph.
 */
final class RunInHeads {
    private RunInHeads() {}

    /** Most words a run-in head runs to. */
    private static final int MAX_WORDS = 6;
    /**
     * Words that open a paragraph in capitals without naming an item: titles and abbreviations
     * (which end in a full stop inside a sentence), months and places of datelines, salutations.
     */
    private static final Set<String> NOT_HEADS = Set.of("mr", "mrs", "messrs", "dr", "st", "gen", "col", "capt", "hon",
            "rev", "gov", "lieut", "maj", "prof", "sen", "jun", "esq", "co", "no", "vol", "jan", "feb", "mar", "apr", "aug",
            "sept", "sep", "oct", "nov", "dec", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "city", "dear", "sir", "sirs", "gentlemen", "editor", "editors");
    /** Short words a head may hold in lower case (small capitals read by OCR as lower case, or set so). */
    private static final Set<String> JOINERS = Set.of("of", "the", "and", "in", "on", "for", "to", "at", "a", "or", "from", "by");
    /** A dash that runs a head into its text; a lone hyphen at a line end is a word broken across lines. */
    private static final Pattern DASH_END = Pattern.compile("(?:[.,;:][—–-]{1,2}|[—–]{1,2}|--)$");
    private static final Pattern STOP_END = Pattern.compile("[.][\"”’']?$");

    static List<Region> split(List<Region> regions, double unit) {
        List<Region> out = new ArrayList<>();
        for (Region r : regions) {
            if (r.role() != Role.BODY || r.lines().size() < 2) {
                out.add(r);
                continue;
            }
            out.addAll(cut(r, unit));
        }
        return out;
    }

    private static List<Region> cut(Region r, double unit) {
        List<Line> lines = r.lines();
        int left = leftEdge(lines), right = lines.stream().mapToInt(l -> l.box().right()).max().orElse(0);
        List<Region> out = new ArrayList<>();
        List<Line> body = new ArrayList<>();
        boolean found = false;
        for (int i = 0; i < lines.size(); i++) {
            Line l = dashesApart(lines.get(i));
            int head = headWords(l);
            if (head == 0 || !paragraphStart(lines, i, left, right, unit, head == l.words().size())) {
                body.add(lines.get(i));
                continue;
            }
            found = true;
            if (!body.isEmpty()) out.add(piece(r, body, Role.BODY, out.size() + 1));
            body = new ArrayList<>();
            out.add(piece(r, List.of(headLine(partOf(l, l.words().subList(0, head), "_h"))), Role.HEADLINE, out.size() + 1));
            if (head < l.words().size()) body.add(partOf(l, l.words().subList(head, l.words().size()), "_b"));
        }
        if (!found) return List.of(r);
        if (!body.isEmpty()) out.add(piece(r, body, Role.BODY, out.size() + 1));
        return out;
    }

    /** Number of words the line's run-in head takes (after any stray marks before it), 0 when it has none. */
    static int headWords(Line l) {
        List<Word> ws = l.words();
        int start = 0;
        // A pointing hand (☞) or a printer's mark before the head is read as a short scrap.
        while (start < ws.size() && start < 2 && scrap(ws.get(start).text())) start++;
        int capitals = 0, letters = 0;
        for (int i = start; i < ws.size() && i - start < MAX_WORDS; i++) {
            String t = ws.get(i).text();
            String bare = t.replaceAll("[^\\p{L}]", "");
            if (bare.isEmpty() || t.chars().anyMatch(Character::isDigit)) return 0;
            String lower = bare.toLowerCase(Locale.ROOT);
            boolean capital = Character.isUpperCase(bare.codePointAt(0));
            if (!capital && !JOINERS.contains(lower) || NOT_HEADS.contains(lower)) return 0;
            if (capital) capitals++;
            letters += bare.length();
            boolean dash = DASH_END.matcher(t).find(), stop = STOP_END.matcher(t).find();
            if (!dash && !stop) {
                // A head is a name, not a clause: nothing inside it is punctuated.
                if (!t.matches("[\\p{L}'’]+")) return 0;
                continue;
            }
            int words = i - start + 1;
            // One word is a head only when set off by a dash or in capitals ("CHOLERA.—").
            boolean enough = words >= 2 ? capitals >= 2 : dash || allCaps(bare) && bare.length() >= 4;
            // Alone on its line, a head ends in a dash that points to the text below it.
            return enough && letters >= 4 && (i + 1 < ws.size() || dash) ? i + 1 : 0;
        }
        return 0;
    }

    private static final Pattern GLUED = Pattern.compile("(.+?[.,]?[—–]+)(\\p{L}.*)");

    /**
     * The line with a word glued to a dash split in two ({@code CHOLERA.—We} is read as one word):
     * the boxes are shared out by characters, which is close enough for a head's extent.
     */
    static Line dashesApart(Line l) {
        List<Word> out = new ArrayList<>();
        boolean any = false;
        for (Word w : l.words()) {
            java.util.regex.Matcher m = GLUED.matcher(w.text());
            if (!m.matches()) {
                out.add(w);
                continue;
            }
            any = true;
            Box b = w.box();
            int cut = b.w() * m.group(1).length() / w.text().length();
            out.add(new Word(m.group(1), new Box(b.x(), b.y(), cut, b.h()), w.confidence(), w.fontSize(), w.bold()));
            out.add(new Word(m.group(2), new Box(b.x() + cut, b.y(), b.w() - cut, b.h()), w.confidence(), w.fontSize(), w.bold()));
        }
        return any ? new Line(l.id(), l.text(), l.box(), out, l.confidence(), l.vertical()) : l;
    }

    private static boolean scrap(String t) {
        String bare = t.replaceAll("[^\\p{L}]", "");
        if (t.length() > 3 || NOT_HEADS.contains(bare.toLowerCase(Locale.ROOT))) return false;
        return bare.length() < t.length() || bare.equals(bare.toLowerCase(Locale.ROOT));
    }

    private static boolean allCaps(String s) {
        return s.equals(s.toUpperCase(Locale.ROOT));
    }

    /**
     * The line opens a paragraph (at the top of a region, at an indent, or after a line that stops
     * well short of the column) and is set full out to the column's edge, as the first line of a
     * run-in paragraph is: a short line is a signature, a dateline or a centred subhead, unless
     * the head fills it {@code alone}.
     */
    private static boolean paragraphStart(List<Line> lines, int i, int left, int right, double unit, boolean alone) {
        if (!alone && right - lines.get(i).box().right() > 1.5 * unit) return false;
        if (i == 0) return true;
        if (lines.get(i).box().x() - left >= 0.4 * unit) return true;
        Line prev = lines.get(i - 1);
        return right - prev.box().right() >= 2 * unit && STOP_END.matcher(prev.text().strip()).find();
    }

    /** The column's left edge: the x most of the lines start at. */
    private static int leftEdge(List<Line> lines) {
        int[] xs = lines.stream().mapToInt(l -> l.box().x()).sorted().toArray();
        return xs[xs.length / 3];
    }

    /** The head as a headline: without the dash that ran it into its text. */
    private static Line headLine(Line head) {
        String text = head.text().replaceAll("[.,;:]?\\s*[—–-]+$", ".").replaceAll("\\.\\.$", ".");
        return new Line(head.id(), text, head.box(), head.words(), head.confidence(), false);
    }

    private static Line partOf(Line l, List<Word> ws, String suffix) {
        Box box = Box.unionOf(ws.stream().map(Word::box).toList());
        box = Box.ofCorners(box.x(), Math.min(box.y(), l.box().y()), box.right(), Math.max(box.bottom(), l.box().bottom()));
        String text = String.join(" ", ws.stream().map(Word::text).toList());
        double conf = ws.stream().mapToDouble(Word::confidence).average().orElse(l.confidence());
        return new Line(l.id() + suffix, text, box, ws, conf, false);
    }

    private static Region piece(Region r, List<Line> lines, Role role, int n) {
        Box box = Box.unionOf(lines.stream().map(Line::box).toList());
        return new Region(r.id() + "_" + n, role, box, lines, r.firstColumn(), r.lastColumn(), r.boxed());
    }
}
