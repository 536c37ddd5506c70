package org.broadsheet.bench;

import java.util.ArrayList;
import java.util.List;
import org.broadsheet.model.ArticleDraft;
import org.broadsheet.model.Box;
import org.broadsheet.model.Line;
import org.broadsheet.model.Region;
import org.broadsheet.model.Role;
import org.broadsheet.model.Word;

/**
 * Turns a benchmark document into what OCR reports: lines with word boxes, in body regions of
 * a fixed number of rows (one region a column). One text column is 10 px; Latin glyphs are 14 px
 * tall and Chinese ones 18 px, about their share of the em. A blank line becomes extra leading.
 */
final class OcrLines {
    private OcrLines() {}

    private static final int UNIT = 10;
    private static final int PITCH = 30;
    private static final int ROWS_PER_COLUMN = 40;

    static ArticleDraft draft(RepairCorpus.Doc doc) {
        boolean chinese = doc.conditions().chinese();
        int columnWidth = (chinese ? 2 : 1) * doc.conditions().width() * UNIT;
        List<Region> regions = new ArrayList<>();
        List<Line> current = new ArrayList<>();
        int row = 0;
        int y = 0;
        for (int n = 1; n <= doc.lines().size(); n++) {
            String text = doc.lines().get(n - 1);
            if (row == ROWS_PER_COLUMN) {
                regions.add(region(regions.size(), current));
                current = new ArrayList<>();
                row = 0;
                y = 0;
            }
            row++;
            if (text.isBlank()) {
                y += PITCH;
                continue;
            }
            int x0 = regions.size() * (columnWidth + 6 * UNIT);
            current.add(line("L" + n, text, doc.setLines().get(n - 1), x0, y, chinese));
            y += PITCH;
        }
        if (!current.isEmpty()) regions.add(region(regions.size(), current));
        List<Integer> columns = new ArrayList<>();
        for (int i = 0; i < regions.size(); i++) columns.add(i);
        return new ArticleDraft(1, regions, columns);
    }

    private static Region region(int index, List<Line> lines) {
        Box box = Box.unionOf(lines.stream().map(Line::box).toList());
        return new Region("r" + index, Role.BODY, box, lines, index, index, false);
    }

    /**
     * Boxes follow the printed characters' columns (the indent is where the first word starts); the text is as extracted.
     * English is set one column a character, curly quotes included, as its wrapper counted them.
     */
    private static Line line(String id, String extracted, String text, int x0, int y, boolean chinese) {
        int col = 0;
        List<Word> words = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (cp == ' ' || cp == '\u3000') {
                col += chinese ? ColumnWrapper.width(cp) : 1;
                i += Character.charCount(cp);
                continue;
            }
            int start = col;
            int j = i;
            boolean wide = chinese && ColumnWrapper.width(cp) == 2;
            if (wide) {
                j += Character.charCount(cp);
                col += 2;
            } else {
                while (j < text.length() && text.charAt(j) != ' ' && (!chinese || ColumnWrapper.width(text.codePointAt(j)) == 1)) {
                    j += Character.charCount(text.codePointAt(j));
                    col++;
                }
            }
            int h = wide ? 18 : 14;
            words.add(new Word(text.substring(i, j), new Box(x0 + start * UNIT, y + (20 - h), (col - start) * UNIT, h), 0.9));
            i = j;
        }
        Box box = Box.unionOf(words.stream().map(Word::box).toList());
        return new Line(id, extracted, box, words, 0.9, false);
    }
}
