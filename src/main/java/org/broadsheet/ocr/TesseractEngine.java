package org.broadsheet.ocr;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.nio.ByteBuffer;
import java.nio.IntBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.sourceforge.tess4j.ITessAPI.TessBaseAPI;
import net.sourceforge.tess4j.ITessAPI.TessPageIterator;
import net.sourceforge.tess4j.ITessAPI.TessPageIteratorLevel;
import net.sourceforge.tess4j.ITessAPI.TessResultIterator;
import net.sourceforge.tess4j.TessAPI;
import org.broadsheet.model.Block;
import org.broadsheet.model.Box;
import org.broadsheet.model.PageImage;
import org.broadsheet.model.Line;
import org.broadsheet.model.PageText;
import org.broadsheet.model.TextRoute;

/**
 * Tesseract through Tess4J's C API mapping. The only class that imports Tess4J's OCR API.
 *
 * <p>The C API is used rather than Tess4J's {@code Tesseract} class because that class logs and
 * swallows recognition errors, which would make a failed page look blank; here a failed
 * {@code Recognize} is an {@link OcrException}, and an empty result on an inked page is one too.
 */
public final class TesseractEngine implements OcrEngine {

    private static final int OEM_LSTM_ONLY = 1;
    private static final int PSM_AUTO = 3;
    private static final int PSM_SINGLE_LINE = 7;
    private static final int PSM_RAW_LINE = 13;
    /** Pages from this size on (an A3 page at 300 dpi) leave enough freed native memory to be worth trimming. */
    private static final long LARGE_PAGE_PIXELS = 16_000_000L;

    private final TessAPI api = TessAPI.INSTANCE;
    private final TessBaseAPI handle;
    private final String languages;

    private final long timeoutNanos;
    /**
     * The pixels of the lines read again, reused from line to line: a direct buffer per line would
     * only be freed when the garbage collector gets round to it. (A page's pixels go in a buffer
     * freed as soon as Tesseract has copied them.)
     */
    private ByteBuffer pixels;
    private final TessdataLocator.Resolved tessdata;
    /** Reads Han lines with the Han models alone; made on first use, for a mixed language list only. */
    private TesseractEngine hanReader;

    public TesseractEngine(TessdataLocator.Resolved tessdata) throws OcrException {
        this(tessdata, 0);
    }

    /** @param timeoutSeconds how long one page may take; 0 for no limit */
    public TesseractEngine(TessdataLocator.Resolved tessdata, double timeoutSeconds) throws OcrException {
        this.languages = tessdata.languages();
        this.tessdata = tessdata;
        this.timeoutNanos = (long) (timeoutSeconds * 1e9);
        handle = api.TessBaseAPICreate();
        if (api.TessBaseAPIInit2(handle, tessdata.dir().toString(), languages, OEM_LSTM_ONLY) != 0) {
            api.TessBaseAPIDelete(handle);
            throw new OcrException("Tesseract could not load " + languages + " from " + tessdata.dir());
        }
        api.TessBaseAPISetPageSegMode(handle, PSM_AUTO);
        // Keeps the spacing Tesseract saw; the repair stage decides which spaces are real.
        api.TessBaseAPISetVariable(handle, "preserve_interword_spaces", "1");
        api.TessBaseAPISetVariable(handle, "debug_file", "/dev/null");
    }

    @Override
    public PageText recognize(PageImage page) throws OcrException {
        return recognize(page, LeftToRightIterator.available());
    }

    /** @param leftToRight walk the result with the left-to-right iterator rather than the C API's reading-order one */
    PageText recognize(PageImage page, boolean leftToRight) throws OcrException {
        BufferedImage img = page.image();
        int w = img.getWidth(), h = img.getHeight();
        setPixels(img);
        api.TessBaseAPISetSourceResolution(handle, page.dpi());
        try {
            PageDeadline deadline = new PageDeadline(timeoutNanos);
            int status = api.TessBaseAPIRecognize(handle, deadline.monitor());
            if (deadline.expired()) {
                throw new OcrException(String.format(java.util.Locale.ROOT,
                        "page %d took longer than the page timeout of %.0f s (raise --page-timeout if such pages are expected)",
                        page.number(), timeoutNanos / 1e9));
            }
            if (status != 0) {
                throw new OcrException("Tesseract failed to recognise page " + page.number());
            }
            List<Block> blocks = readBlocks(new PageModelBuilder(page.number()), leftToRight);
            PageText text = new PageText(page.number(), w, h, page.dpi(), TextRoute.OCR,
                    "ocr " + languages, blocks, 0);
            if (text.lines().isEmpty() && InkMeter.isInked(img)) {
                throw new OcrException("Tesseract returned no text for page " + page.number()
                        + " although the page is not blank");
            }
            return text;
        } finally {
            api.TessBaseAPIClear(handle);
            if ((long) w * h >= LARGE_PAGE_PIXELS) NativeHeap.trim();
        }
    }

    @Override
    public Line readLine(PageImage line, String id, boolean han) throws OcrException {
        if (line.width() < 2 || line.height() < 2) return null;
        // Alone, a row of bold Han display type is often taken for Latin letters when the Latin
        // model is loaded beside the Han one; the Han model alone reads it.
        String hanOnly = hanLanguages();
        if (han && hanOnly != null && !hanOnly.equals(languages)) {
            if (hanReader == null) hanReader = new TesseractEngine(new TessdataLocator.Resolved(tessdata.dir(), hanOnly), 0);
            return hanReader.readLine(line, id, true);
        }
        // Alone on white, with room around it: ink at the very edge of an image is read badly.
        int pad = Math.max(4, (int) (line.height() * 0.3));
        Line l = readPadded(line, pad, PSM_SINGLE_LINE, id);
        // The single-line mode finds no line in a row of two or three big glyphs; the raw mode reads them.
        return l != null ? l : readPadded(line, pad, PSM_RAW_LINE, id);
    }

    /** The Han horizontal models among the engine's languages, '+'-joined, or null when there are none. */
    private String hanLanguages() {
        String han = String.join("+", java.util.Arrays.stream(languages.split("\\+"))
                .filter(l -> l.startsWith("chi_") && !l.endsWith("_vert")).toList());
        return han.isEmpty() ? null : han;
    }

    private Line readPadded(PageImage line, int pad, int psm, String id) throws OcrException {
        setPadded(line.image(), pad);
        api.TessBaseAPISetSourceResolution(handle, line.dpi());
        api.TessBaseAPISetPageSegMode(handle, psm);
        try {
            if (api.TessBaseAPIRecognize(handle, null) != 0) {
                throw new OcrException("Tesseract failed to read a line of page " + line.number());
            }
            List<Line> lines = readBlocks(new PageModelBuilder(id + "_", -pad, -pad), LeftToRightIterator.available()).stream()
                    .flatMap(b -> b.lines().stream()).filter(l -> !l.text().isBlank()).toList();
            if (lines.isEmpty()) return null;
            Line l = lines.get(0);
            return new Line(id, l.text(), l.box(), l.words(), l.confidence(), false);
        } finally {
            api.TessBaseAPISetPageSegMode(handle, PSM_AUTO);
            api.TessBaseAPIClear(handle);
        }
    }

    /** Hands Tesseract the image framed in {@code pad} pixels of white. */
    private void setPadded(BufferedImage img, int pad) {
        int iw = img.getWidth(), w = iw + 2 * pad, h = img.getHeight() + 2 * pad;
        if (pixels == null || pixels.capacity() < w * h) pixels = ByteBuffer.allocateDirect(w * h);
        pixels.clear();
        byte[] data = ((DataBufferByte) img.getRaster().getDataBuffer()).getData();
        byte[] white = new byte[w];
        Arrays.fill(white, (byte) 0xff);
        for (int y = 0; y < pad; y++) pixels.put(white);
        for (int y = 0; y < img.getHeight(); y++) pixels.put(white, 0, pad).put(data, y * iw, iw).put(white, 0, pad);
        for (int y = 0; y < pad; y++) pixels.put(white);
        pixels.flip();
        api.TessBaseAPISetImage(handle, pixels, w, h, 1, w);
    }

    /**
     * Hands Tesseract the page's pixels: 1 bit per pixel when the page holds only black and white (a
     * bilevel scan, the usual archive TIFF), 8-bit grey otherwise. Tesseract copies what it is given
     * and keeps the copy for the whole page, so a bilevel page costs it an eighth of the memory in
     * 1 bit (what plain tesseract does with such a file), and the buffer is freed straight after.
     */
    private void setPixels(BufferedImage img) {
        int w = img.getWidth(), h = img.getHeight();
        byte[] grey = ((DataBufferByte) img.getRaster().getDataBuffer()).getData();
        boolean bilevel = isBilevel(grey, w * h);
        int stride = bilevel ? (w + 7) / 8 : w;
        try (Memory buffer = new Memory((long) stride * h)) {
            if (bilevel) {
                byte[] row = new byte[stride];
                for (int y = 0; y < h; y++) {
                    packRow(grey, y * w, w, row);
                    buffer.write((long) y * stride, row, 0, stride);
                }
            } else {
                buffer.write(0, grey, 0, w * h);
            }
            api.TessBaseAPISetImage(handle, buffer.getByteBuffer(0, buffer.size()), w, h, bilevel ? 0 : 1, stride);
        }
    }

    /** True when every pixel is pure black or pure white. */
    static boolean isBilevel(byte[] grey, int n) {
        for (int i = 0; i < n; i++) {
            byte b = grey[i];
            if (b != 0 && b != (byte) 0xff) return false;
        }
        return true;
    }

    /** One row as Tesseract's 1-bit input wants it: most significant bit first, a set bit is white. */
    static void packRow(byte[] grey, int from, int w, byte[] out) {
        java.util.Arrays.fill(out, (byte) 0);
        for (int x = 0; x < w; x++) {
            if (grey[from + x] != 0) out[x >> 3] |= (byte) (0x80 >>> (x & 7));
        }
    }

    /**
     * Walks the result word by word. With the left-to-right iterator a line's text is put together
     * here as the reading-order iterator would: the blanks Tesseract saw before each word, then the word.
     */
    private List<Block> readBlocks(PageModelBuilder builder, boolean leftToRight) {
        TessResultIterator ri = leftToRight ? LeftToRightIterator.of(handle) : api.TessBaseAPIGetIterator(handle);
        if (ri == null) return List.of();
        try {
            TessPageIterator pi = api.TessResultIteratorGetPageIterator(ri);
            api.TessPageIteratorBegin(pi);
            do {
                if (api.TessPageIteratorIsAtBeginningOf(pi, TessPageIteratorLevel.RIL_BLOCK) != 0) {
                    builder.startBlock(api.TessPageIteratorBlockType(pi), box(pi, TessPageIteratorLevel.RIL_BLOCK),
                            api.TessResultIteratorConfidence(ri, TessPageIteratorLevel.RIL_BLOCK) / 100.0);
                }
                if (api.TessPageIteratorIsAtBeginningOf(pi, TessPageIteratorLevel.RIL_PARA) != 0) {
                    IntBuffer just = IntBuffer.allocate(1), list = IntBuffer.allocate(1),
                            crown = IntBuffer.allocate(1), indent = IntBuffer.allocate(1);
                    api.TessPageIteratorParagraphInfo(pi, just, list, crown, indent);
                    builder.startParagraph(box(pi, TessPageIteratorLevel.RIL_PARA), just.get(0), indent.get(0));
                }
                if (api.TessPageIteratorIsAtBeginningOf(pi, TessPageIteratorLevel.RIL_TEXTLINE) != 0) {
                    builder.startLine(box(pi, TessPageIteratorLevel.RIL_TEXTLINE),
                            leftToRight ? null : text(ri, TessPageIteratorLevel.RIL_TEXTLINE),
                            api.TessResultIteratorConfidence(ri, TessPageIteratorLevel.RIL_TEXTLINE) / 100.0);
                }
                String word = utf8(leftToRight ? LeftToRightIterator.text(ri, TessPageIteratorLevel.RIL_WORD)
                        : api.TessResultIteratorGetUTF8Text(ri, TessPageIteratorLevel.RIL_WORD));
                if (leftToRight && word != null) builder.appendToLine(LeftToRightIterator.blanksBeforeWord(ri), word);
                if (word != null && !word.isBlank()) {
                    builder.addWord(word, box(pi, TessPageIteratorLevel.RIL_WORD),
                            api.TessResultIteratorConfidence(ri, TessPageIteratorLevel.RIL_WORD) / 100.0);
                }
            } while (api.TessPageIteratorNext(pi, TessPageIteratorLevel.RIL_WORD) != 0);
            return builder.finish();
        } finally {
            api.TessResultIteratorDelete(ri);
        }
    }

    private Box box(TessPageIterator pi, int level) {
        IntBuffer l = IntBuffer.allocate(1), t = IntBuffer.allocate(1), r = IntBuffer.allocate(1), b = IntBuffer.allocate(1);
        if (api.TessPageIteratorBoundingBox(pi, level, l, t, r, b) == 0) return new Box(0, 0, 0, 0);
        return Box.ofCorners(l.get(0), t.get(0), r.get(0), b.get(0));
    }

    private String text(TessResultIterator ri, int level) {
        return utf8(api.TessResultIteratorGetUTF8Text(ri, level));
    }

    /** The text Tesseract handed back, freed. */
    private String utf8(Pointer p) {
        if (p == null) return null;
        try {
            return p.getString(0, "UTF-8");
        } finally {
            api.TessDeleteText(p);
        }
    }

    @Override
    public void close() {
        if (hanReader != null) hanReader.close();
        api.TessBaseAPIEnd(handle);
        api.TessBaseAPIDelete(handle);
    }
}
