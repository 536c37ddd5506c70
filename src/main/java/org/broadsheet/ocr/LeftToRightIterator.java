package org.broadsheet.ocr;

import com.sun.jna.Function;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Pointer;
import net.sourceforge.tess4j.ITessAPI.TessBaseAPI;
import net.sourceforge.tess4j.ITessAPI.TessResultIterator;
import net.sourceforge.tess4j.util.LoadLibs;

/**
 * Tesseract's left-to-right result iterator, which its C API does not hand out.
 *
 * <p>Why: the C API's reading-order iterator works out the order of a line's words by going back to
 * the first word of the page and walking forward, for every word it moves to or is asked about. On a
 * dense page that walk is quadratic: on a 69-megapixel seven-column page it took about 20 of the 56
 * seconds Tesseract spent on the page. The left-to-right iterator moves from word to word directly. For the
 * scripts broadsheet reads (Latin and Han, horizontal or vertical) both give the words in the same
 * order; they differ only for right-to-left scripts.
 *
 * <p>The iterator and the one accessor the C API lacks (the blanks Tesseract saw before a word, which
 * the reading-order iterator puts into a line's text) are reached through the library's exported C++
 * symbols, and so is its text accessor: the C API's text function calls the reading-order
 * iterator's override of it, which the left-to-right iterator does not have. The C API's other
 * calls (moving, boxes, block types, paragraph information, confidence) are the page iterator's and
 * the left-to-right iterator's own and work on it unchanged. Where a Tesseract build does not
 * export the symbols, {@link #available()} is false and the caller falls back to the C API's iterator.
 */
final class LeftToRightIterator {
    private static final Function GET_ITERATOR;
    private static final Function BLANKS_BEFORE_WORD;
    private static final Function TEXT;

    static {
        Function get = null, blanks = null, text = null;
        try {
            NativeLibrary lib = NativeLibrary.getInstance(LoadLibs.getTesseractLibName());
            get = lib.getFunction("_ZN9tesseract11TessBaseAPI14GetLTRIteratorEv");
            blanks = lib.getFunction("_ZNK9tesseract17LTRResultIterator16BlanksBeforeWordEv");
            text = lib.getFunction("_ZNK9tesseract17LTRResultIterator11GetUTF8TextENS_17PageIteratorLevelE");
        } catch (UnsatisfiedLinkError e) {
            get = null;
        }
        GET_ITERATOR = get;
        BLANKS_BEFORE_WORD = blanks;
        TEXT = text;
    }

    private LeftToRightIterator() {
    }

    static boolean available() {
        return GET_ITERATOR != null;
    }

    /** A left-to-right iterator over the last recognition's results, or null when there are none; delete it with TessResultIteratorDelete. */
    static TessResultIterator of(TessBaseAPI api) {
        Pointer p = GET_ITERATOR.invokePointer(new Object[] {api.getPointer()});
        return p == null ? null : new TessResultIterator(p);
    }

    /** The text at the iterator's position at {@code level}, as the C API's text function gives it: free it with TessDeleteText. */
    static Pointer text(TessResultIterator it, int level) {
        return TEXT.invokePointer(new Object[] {it.getPointer(), level});
    }

    /** How many blanks Tesseract saw before the iterator's current word. */
    static int blanksBeforeWord(TessResultIterator it) {
        return BLANKS_BEFORE_WORD.invokeInt(new Object[] {it.getPointer()});
    }
}
