package org.broadsheet.testpages;

import java.util.List;

/**
 * A line after breaking, before it is placed: pieces with their x offsets from the line start.
 *
 * @param naturalWidth width from the first piece's start to the last piece's end
 * @param split        the word split at this line's end, or null
 * @param last         true for the last line of its paragraph (set ragged, never justified)
 */
record SetLine(List<Piece> pieces, double naturalWidth, Split split, boolean last) {

    record Piece(String text, double x, double width) {}

    /** A word split across this line's end; see {@link TruthHyphen}. */
    record Split(String head, String tail, String word, boolean compound) {}

    String text(boolean spaced) {
        StringBuilder b = new StringBuilder();
        for (Piece p : pieces) {
            if (spaced && b.length() > 0) b.append(' ');
            b.append(p.text());
        }
        return b.toString();
    }
}
