package org.broadsheet.repair;

import java.util.List;

/**
 * One line with the layout cues that decide paragraph breaks, however they were measured
 * (page geometry for OCR lines, character columns for plain text).
 *
 * @param ids        the source lines it stands for (several for a vertical caption gathered into one line)
 * @param text       the repaired line text, without indent
 * @param indented   the line starts further in than the column's left edge
 * @param gapBefore  clear extra space above it (a blank line, or wider leading than usual)
 * @param roomAfter  the next line's first word would have fitted at the end of this one,
 *                   so this line ended on purpose
 * @param standalone a unit of its own (a vertical caption): never joined with its neighbours
 * @param emphasised the source printed it in fake bold (every glyph doubled): a heading
 * @param opensSentence it starts with a word capitalised only because a sentence starts there ({@link SentenceStarts})
 */
record LineCue(List<String> ids, String text, boolean indented, boolean gapBefore, boolean roomAfter, boolean standalone,
               boolean emphasised, boolean opensSentence) {
    LineCue {
        ids = List.copyOf(ids);
    }
}
