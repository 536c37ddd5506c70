package org.broadsheet.layout;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import org.broadsheet.model.GreyPixels;

/**
 * A page image seen as ink and paper: a pixel is ink where its grey is below a threshold taken
 * from the page itself (Otsu), because old scans range from white to brown paper. The test runs on
 * the page's own bytes; a mask of its own would cost another byte a pixel on every page in flight.
 */
final class Ink {
    final int width;
    final int height;
    private final byte[] grey;
    private final int threshold;

    private Ink(int width, int height, byte[] grey, int threshold) {
        this.width = width;
        this.height = height;
        this.grey = grey;
        this.threshold = threshold;
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
        byte[] grey = GreyPixels.of(image);
        if (grey == null) {
            grey = new byte[w * h];
            for (int y = 0; y < h; y++) {
                r.getSamples(0, y, w, 1, 0, row);
                for (int x = 0; x < w; x++) grey[y * w + x] = (byte) row[x];
            }
        }
        return new Ink(w, h, grey, t);
    }

    /** Whether the pixel at {@code y * width + x} is ink. */
    boolean dark(int index) {
        return (grey[index] & 0xff) < threshold;
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
