package org.broadsheet.ocr;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/** Tells a blank page from one with something printed on it, so an empty OCR result can be judged. */
public final class InkMeter {
    /** Share of dark pixels above which a page is considered printed. Scanner dust stays well under it. */
    static final double INKED_SHARE = 0.005;

    private InkMeter() {}

    /** Share of pixels darker than mid-grey, sampled on a grid (exact enough, and fast on huge pages). */
    public static double darkShare(BufferedImage grey) {
        byte[] px = ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
        int w = grey.getWidth(), h = grey.getHeight();
        int step = Math.max(1, Math.min(w, h) / 400);
        long dark = 0, n = 0;
        for (int y = 0; y < h; y += step) {
            int row = y * w;
            for (int x = 0; x < w; x += step) {
                if ((px[row + x] & 0xff) < 128) dark++;
                n++;
            }
        }
        return n == 0 ? 0 : (double) dark / n;
    }

    public static boolean isInked(BufferedImage grey) {
        return darkShare(grey) > INKED_SHARE;
    }
}
