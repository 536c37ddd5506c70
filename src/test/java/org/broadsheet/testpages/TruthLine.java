package org.broadsheet.testpages;

import java.util.List;
import org.broadsheet.model.Box;
import org.broadsheet.model.Line;
import org.broadsheet.model.Role;
import org.broadsheet.model.Word;

/**
 * One drawn line exactly as it appears on the page (with a trailing hyphen where a word was split).
 *
 * @param column page column the line sits in; -1 for a line across several columns (headline, caption)
 * @param fontPx type size in pixels
 */
public record TruthLine(String text, Box box, Role role, int column, double fontPx, boolean bold, List<TruthWord> words) {

    public TruthLine {
        words = List.copyOf(words);
    }

    /** The line as a perfect OCR engine would report it, for tests that skip OCR. */
    public Line toModelLine(String id) {
        List<Word> ws = words.stream().map(w -> new Word(w.text(), w.box(), 1.0, fontPx, bold)).toList();
        return new Line(id, text, box, ws, 1.0, false);
    }
}
