package org.broadsheet.layout;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;

/**
 * A page image reduced to ink and paper: one byte per pixel, 1 where the page is dark.
 * The threshold comes from the page itself (Otsu) because old scans range from white to brown paper.
 */
final class Ink {
    final int width;
    final int height;
    final byte[] dark;

    private Ink(int width, int height, byte[] dark) {
        this.width = width;
        this.height = height;
        this.dark = dark;
    }

    static Ink of(BufferedImage image) {
        int w = image.getWidth(), h = image.getHeight();
        Raster r = image.getRaster();
        int[] row = new int[w];
        int[] hist = new int[256];
        for (int y = 0; y < h; y += 4) {
            r.getSamples(0, y, w, 1, 0, row);
            for (int x = 0; x < w; x += 4) hist[row[x] & 0xff]++;
        }
        // Capped well below mid-grey: a grey photo with scanner noise must not turn into scattered "ink".
        int t = Math.min(otsu(hist), 110);
        byte[] dark = new byte[w * h];
        byte[] grey = GreyPixels.of(image);
        for (int y = 0; y < h; y++) {
            int o = y * w;
            if (grey != null) {
                for (int x = 0; x < w; x++) if ((grey[o + x] & 0xff) < t) dark[o + x] = 1;
                continue;
            }
            r.getSamples(0, y, w, 1, 0, row);
            for (int x = 0; x < w; x++) if (row[x] < t) dark[o + x] = 1;
        }
        return new Ink(w, h, dark);
    }

    boolean at(int x, int y) {
        return dark[y * width + x] != 0;
    }

    static int otsu(int[] hist) {
        long total = 0, sum = 0;
        for (int i = 0; i < 256; i++) {
            total += hist[i];
            sum += (long) i * hist[i];
        }
        long wB = 0, sumB = 0;
        double best = -1;
        int t = 128;
        for (int i = 0; i < 256; i++) {
            wB += hist[i];
            if (wB == 0) continue;
            long wF = total - wB;
            if (wF == 0) break;
            sumB += (long) i * hist[i];
            double mB = (double) sumB / wB, mF = (double) (sum - sumB) / wF;
            double between = (double) wB * wF * (mB - mF) * (mB - mF);
            if (between > best) {
                best = between;
                t = i + 1;
            }
        }
        return t;
    }
}
