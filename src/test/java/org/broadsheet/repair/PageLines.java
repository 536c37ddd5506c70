package org.broadsheet.repair;

import java.util.ArrayList;
import java.util.List;
import org.broadsheet.model.Box;
import org.broadsheet.model.Line;
import org.broadsheet.model.Region;
import org.broadsheet.model.Role;
import org.broadsheet.model.Word;

/** Line boxes laid out like a scanned page, for repair tests: 20 px Chinese glyphs, 10 px Latin characters. */
final class PageLines {
    private int lineNo;

    /** A line of Chinese text starting {@code indentChars} characters in from x0, one word box per character. */
    Line zh(String text, int x0, int y, int indentChars) {
        List<Word> words = new ArrayList<>();
        int x = x0 + indentChars * 20;
        for (int cp : text.codePoints().toArray()) {
            String s = new String(Character.toChars(cp));
            int w = s.codePoints().allMatch(c -> c < 0x2000) ? 10 : 20;
            words.add(new Word(s, new Box(x, y, w, 18), 0.8));
            x += w;
        }
        return new Line("l" + (++lineNo), text, Box.unionOf(words.stream().map(Word::box).toList()), words, 0.8, false);
    }

    /** A line of Latin text, 10 px a character, glyphs 14 px tall, one word box per word. */
    Line en(String text, int x0, int y, int indentPx) {
        List<Word> words = new ArrayList<>();
        int x = x0 + indentPx;
        for (String w : text.split(" ")) {
            words.add(new Word(w, new Box(x, y, w.length() * 10, 14), 0.9));
            x += (w.length() + 1) * 10;
        }
        return new Line("l" + (++lineNo), text, Box.unionOf(words.stream().map(Word::box).toList()), words, 0.9, false);
    }

    static Region region(String id, Role role, List<Line> lines) {
        return new Region(id, role, Box.unionOf(lines.stream().map(Line::box).toList()), lines, 0, 0, false);
    }
}
