package org.broadsheet.source;

import com.sun.jna.ptr.PointerByReference;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.nio.IntBuffer;
import java.nio.file.Path;
import net.sourceforge.lept4j.Leptonica;
import net.sourceforge.lept4j.Pix;
import org.broadsheet.model.PageImage;

/** JPEG 2000 (NDNP and many digitisation vendors deliver it), which Java's readers cannot decode: Leptonica can. */
final class Jpeg2000PageReader implements PageReader {
    /** Leptonica's L_SEVERITY_ERROR: its warnings (a JP2 without resolution, say) are not the user's concern. */
    private static final int LEPT_ERRORS_ONLY = 5;

    static {
        try {
            // Not in Lept4J's mapping; called through JNA directly.
            com.sun.jna.NativeLibrary.getInstance(net.sourceforge.lept4j.util.LoadLibs.getLeptonicaLibName()).getFunction("setMsgSeverity")
                    .invokeInt(new Object[] {LEPT_ERRORS_ONLY});
        } catch (UnsatisfiedLinkError ignored) {
            // only the warnings stay visible
        }
    }

    private final Path file;
    private final String name;
    private final long pixels;

    Jpeg2000PageReader(Path file, String name) throws SourceException {
        this.file = file;
        this.name = name;
        IntBuffer format = IntBuffer.allocate(1), w = IntBuffer.allocate(1), h = IntBuffer.allocate(1),
                bps = IntBuffer.allocate(1), spp = IntBuffer.allocate(1), cmap = IntBuffer.allocate(1);
        if (Leptonica.INSTANCE.pixReadHeader(file.toString(), format, w, h, bps, spp, cmap) != 0) {
            throw new SourceException(name + ": damaged JPEG 2000 image, cannot read its header");
        }
        ImageLimits.check(w.get(0), h.get(0), name);
        pixels = (long) w.get(0) * h.get(0);
    }

    @Override
    public long pixels(int index) { return pixels; }

    @Override
    public int pageCount() { return 1; }

    @Override
    public SourcePage page(int index) throws SourceException {
        Leptonica lept = Leptonica.INSTANCE;
        Pix pix = lept.pixRead(file.toString());
        if (pix == null) throw new SourceException(name + ": damaged JPEG 2000 image, cannot decode");
        Pix grey = null;
        try {
            grey = lept.pixConvertTo8(pix, 0);
            if (grey == null) throw new SourceException(name + ": cannot convert the JPEG 2000 image to grey");
            int dpi = Images.plausibleDpi(lept.pixGetXRes(pix), 300);
            return new SourcePage(1, new PageImage(1, toImage(lept, grey), dpi), null);
        } finally {
            destroy(lept, pix);
            if (grey != null) destroy(lept, grey);
        }
    }

    /** Leptonica packs 8-bit pixels four to a 32-bit word, the first pixel in the most significant byte. */
    private static BufferedImage toImage(Leptonica lept, Pix grey) {
        int w = lept.pixGetWidth(grey), h = lept.pixGetHeight(grey), wpl = lept.pixGetWpl(grey);
        int[] words = lept.pixGetData(grey).getPointer().getIntArray(0, wpl * h);
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        byte[] out = ((DataBufferByte) img.getRaster().getDataBuffer()).getData();
        for (int y = 0; y < h; y++) {
            int row = y * wpl;
            for (int x = 0; x < w; x++) {
                out[y * w + x] = (byte) (words[row + (x >> 2)] >>> (24 - 8 * (x & 3)));
            }
        }
        return img;
    }

    private static void destroy(Leptonica lept, Pix pix) {
        lept.pixDestroy(new PointerByReference(pix.getPointer()));
    }

    @Override
    public void close() {
        // Leptonica's pixels are freed per page.
    }
}
