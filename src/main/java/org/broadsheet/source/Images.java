package org.broadsheet.source;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Transparency;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;

/** Pixel conversions shared by the readers. */
final class Images {
    private Images() {}

    /** 8-bit grey, the one pixel format the rest of broadsheet reads. Transparent areas become white. */
    static BufferedImage toGrey(BufferedImage src) {
        if (src.getType() == BufferedImage.TYPE_BYTE_GRAY) return src;
        if (src.getColorModel() instanceof IndexColorModel palette && palette.getTransparency() == Transparency.OPAQUE
                && src.getRaster().getNumBands() == 1) {
            return fromPalette(src, palette);
        }
        BufferedImage grey = new BufferedImage(src.getWidth(), src.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = grey.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, src.getWidth(), src.getHeight());
            g.drawImage(src, 0, 0, null);
        } finally {
            g.dispose();
        }
        return grey;
    }

    /**
     * A palette image (a bilevel TIFF above all) through its palette, row by row. Drawing it would
     * give the same grey but goes through a 32-bit copy of the whole page: 276 MB for one 69-megapixel
     * G4 page, four times the grey page itself.
     */
    private static BufferedImage fromPalette(BufferedImage src, IndexColorModel palette) {
        int w = src.getWidth(), h = src.getHeight();
        byte[] lut = new byte[1 << palette.getPixelSize()];
        for (int i = 0; i < Math.min(lut.length, palette.getMapSize()); i++) {
            lut[i] = (byte) grey(palette.getRed(i), palette.getGreen(i), palette.getBlue(i));
        }
        BufferedImage grey = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        byte[] out = ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
        Raster r = src.getRaster();
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            r.getSamples(0, y, w, 1, 0, row);
            for (int x = 0; x < w; x++) out[y * w + x] = lut[row[x]];
        }
        return grey;
    }

    /** Java 2D's own weighting of red, green and blue when it draws colour onto 8-bit grey. */
    static int grey(int r, int g, int b) {
        return (77 * r + 150 * g + 29 * b + 128) >> 8;
    }

    /** A resolution read from a file is trusted only within what scanners produce. */
    static int plausibleDpi(double dpi, int fallback) {
        return dpi >= 70 && dpi <= 2400 ? (int) Math.round(dpi) : fallback;
    }
}
