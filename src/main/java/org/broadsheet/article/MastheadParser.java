package org.broadsheet.article;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.broadsheet.layout.LineMetrics;
import org.broadsheet.model.IssueMeta;
import org.broadsheet.model.Line;
import org.broadsheet.model.PageLayout;
import org.broadsheet.model.Region;
import org.broadsheet.model.Role;

/**
 * Reads the nameplate: the paper's name (its largest line), the date as ISO yyyy-MM-dd, and the
 * issue and volume numbers as plain numbers (第3290期 gives 3290, VOL. I gives 1). Tolerates the
 * usual OCR confusions in numbers (O for 0, I or l for 1, S for 5) and commas for full stops.
 */
public final class MastheadParser implements MastheadReader {

    private static final String MONTHS = "JAN(?:UARY)?|FEB(?:RUARY)?|MAR(?:CH)?|APR(?:IL)?|MAY|JUNE?|JULY?|AUG(?:UST)?"
            + "|SEPT?(?:EMBER)?|OCT(?:OBER)?|NOV(?:EMBER)?|DEC(?:EMBER)?";
    private static final String NUM = "[0-9OoIl|SZ]";
    private static final Pattern CJK_DATE = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
    private static final Pattern MDY = Pattern.compile("\\b(" + MONTHS + ")[.,]?\\s*(" + NUM + "{1,2})(?:st|nd|rd|th)?[.,]?\\s+("
            + NUM + "{4})", Pattern.CASE_INSENSITIVE);
    private static final Pattern DMY = Pattern.compile("\\b(" + NUM + "{1,2})(?:st|nd|rd|th)?\\s+(" + MONTHS + ")[.,]?\\s+("
            + NUM + "{4})", Pattern.CASE_INSENSITIVE);
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})[-./](\\d{1,2})[-./](\\d{1,2})\\b");
    private static final Pattern CJK_ISSUE = Pattern.compile("第\\s*([0-9]+)\\s*[期號号]");
    private static final Pattern CJK_VOLUME = Pattern.compile("第\\s*([0-9]+)\\s*[卷]");
    private static final Pattern NO = Pattern.compile("\\b(?:NO|NUMBER|Nº)\\s*[.,:]?\\s*([0-9OIVXLl|]+)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern VOL = Pattern.compile("\\b(?:VOL|VOLUME)\\s*[.,:]?\\s*([0-9OIVXLl|]+)\\b", Pattern.CASE_INSENSITIVE);

    @Override
    public IssueMeta read(PageLayout layout) {
        List<Region> mast = layout.regions().stream().filter(r -> r.role() == Role.MASTHEAD).toList();
        List<Line> lines = new ArrayList<>();
        mast.forEach(r -> lines.addAll(r.lines()));
        String paper = lines.stream().max(Comparator.comparingInt(LineMetrics::height))
                .map(l -> l.text().strip().replaceAll("\\s{2,}", " ")).orElse(null);
        if (lines.isEmpty()) {
            // No nameplate found: the dateline of an inside page is still worth a look.
            int limit = (int) (layout.page().height() * 0.08);
            layout.page().lines().stream().filter(l -> l.box().bottom() < limit).forEach(lines::add);
        }
        IssueMeta m = parse(rows(lines));
        return new IssueMeta(paper, m.date(), m.issueNumber(), m.volume());
    }

    /**
     * The lines as text, row by row: pieces of one row left to right, joined without a space where
     * they all but touch (a dateline cut at a column rule reads "J" and "UNE 15,").
     */
    static String rows(List<Line> lines) {
        List<Line> sorted = new ArrayList<>(lines);
        sorted.sort(Comparator.comparingInt(l -> l.box().y()));
        List<List<Line>> rows = new ArrayList<>();
        int reach = Integer.MIN_VALUE;
        for (Line l : sorted) {
            // A new row starts below the middle of the row so far: grouped first, ordered after.
            if (rows.isEmpty() || l.box().centerY() > reach) {
                rows.add(new ArrayList<>());
                reach = l.box().bottom();
            }
            rows.get(rows.size() - 1).add(l);
        }
        StringBuilder out = new StringBuilder();
        for (List<Line> row : rows) {
            row.sort(Comparator.comparingInt(l -> l.box().x()));
            Line prev = null;
            for (Line l : row) {
                if (prev != null) {
                    int gap = l.box().x() - prev.box().right();
                    out.append(gap < 0.25 * Math.min(LineMetrics.height(prev), LineMetrics.height(l)) ? "" : " ");
                }
                out.append(l.text().strip());
                prev = l;
            }
            out.append('\n');
        }
        return out.toString();
    }

    /** Date, issue and volume from free text; the paper's name is left null. */
    public static IssueMeta parse(String text) {
        return new IssueMeta(null, date(text), issue(text), volume(text));
    }

    static String date(String text) {
        Matcher m = CJK_DATE.matcher(text);
        if (m.find()) return iso(m.group(1), m.group(2), m.group(3));
        m = MDY.matcher(text);
        if (m.find()) return iso(digits(m.group(3)), String.valueOf(month(m.group(1))), digits(m.group(2)));
        m = DMY.matcher(text);
        if (m.find()) return iso(digits(m.group(3)), String.valueOf(month(m.group(2))), digits(m.group(1)));
        m = ISO.matcher(text);
        if (m.find()) return iso(m.group(1), m.group(2), m.group(3));
        return null;
    }

    static String issue(String text) {
        Matcher m = CJK_ISSUE.matcher(text);
        if (m.find()) return String.valueOf(Long.parseLong(m.group(1)));
        m = NO.matcher(text);
        return m.find() ? number(m.group(1)) : null;
    }

    static String volume(String text) {
        Matcher m = CJK_VOLUME.matcher(text);
        if (m.find()) return String.valueOf(Long.parseLong(m.group(1)));
        m = VOL.matcher(text);
        return m.find() ? number(m.group(1)) : null;
    }

    private static String iso(String y, String mo, String d) {
        try {
            return LocalDate.of(Integer.parseInt(y), Integer.parseInt(mo), Integer.parseInt(d)).toString();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static int month(String name) {
        String n = name.toUpperCase(Locale.ROOT);
        String[] ms = {"JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"};
        for (int i = 0; i < ms.length; i++) if (n.startsWith(ms[i])) return i + 1;
        return 0;
    }

    /** Digits as OCR may misread them in a number. */
    static String digits(String s) {
        return s.replace('O', '0').replace('o', '0').replace('I', '1').replace('l', '1').replace('|', '1')
                .replace('S', '5').replace('Z', '2');
    }

    /** A number in Arabic or Roman figures, as plain decimal digits; null when it is neither. */
    static String number(String s) {
        String t = s.toUpperCase(Locale.ROOT).replace('|', 'I').replace('L', 'I');
        if (t.matches("[0-9O]+") || t.matches("[0-9OI]+") && t.chars().anyMatch(Character::isDigit)) {
            return String.valueOf(Long.parseLong(digits(t)));
        }
        if (t.matches("[IVX]+")) return String.valueOf(roman(t));
        return null;
    }

    private static int roman(String t) {
        int total = 0, prev = 0;
        for (int i = t.length() - 1; i >= 0; i--) {
            int v = switch (t.charAt(i)) { case 'I' -> 1; case 'V' -> 5; default -> 10; };
            total += v < prev ? -v : v;
            prev = Math.max(prev, v);
        }
        return total;
    }
}
