package org.broadsheet.source;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.Raster;

/**
 * Measures and removes the tilt of a scanned page. Text lines are horizontal on an upright page,
 * so the row profile of the ink is sharpest (largest sum of squared row differences) at the angle
 * that undoes the tilt; the search runs on a reduced copy, coarse then fine.
 */
public final class Deskew {
    /** Below this the page is left alone: rotating costs a resampling for no gain. */
    public static final double MIN_CORRECTION = 0.1;
    private static final double MAX_ANGLE = 3.0;

    private Deskew() {}

    /** The page's tilt in degrees, positive clockwise (rotate by the negative value to straighten it). */
    public static double measure(BufferedImage image) {
        int scale = Math.max(1, Math.max(image.getWidth(), image.getHeight()) / 1400);
        int w = image.getWidth() / scale, h = image.getHeight() / scale;
        if (w < 50 || h < 50) return 0;
        Raster r = image.getRaster();
        int bands = r.getNumBands();
        int[] px = new int[bands];
        long sum = 0;
        int[] grey = new int[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                r.getPixel(x * scale, y * scale, px);
                grey[y * w + x] = px[0];
                sum += px[0];
            }
        }
        int threshold = (int) (sum / ((long) w * h)) - 40;
        int n = 0;
        int[] xs = new int[w * h], ys = new int[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (grey[y * w + x] < threshold) {
                    xs[n] = x;
                    ys[n++] = y;
                }
            }
        }
        if (n < 100) return 0;
        double best = 0, bestScore = -1;
        for (double a = -MAX_ANGLE; a <= MAX_ANGLE + 1e-9; a += 0.2) {
            double s = score(xs, ys, n, h, w, a);
            if (s > bestScore) {
                bestScore = s;
                best = a;
            }
        }
        double centre = best;
        for (double a = centre - 0.2; a <= centre + 0.2 + 1e-9; a += 0.025) {
            double s = score(xs, ys, n, h, w, a);
            if (s > bestScore) {
                bestScore = s;
                best = a;
            }
        }
        return Math.round(best * 1000) / 1000.0;
    }

    /** Sharpness of the row profile after shearing the ink by {@code degrees}. */
    private static double score(int[] xs, int[] ys, int n, int h, int w, double degrees) {
        double t = Math.tan(Math.toRadians(degrees));
        int margin = (int) Math.ceil(Math.abs(t) * w) + 1;
        int[] rows = new int[h + 2 * margin];
        for (int i = 0; i < n; i++) {
            int y = (int) Math.round(ys[i] - xs[i] * t) + margin;
            if (y >= 0 && y < rows.length) rows[y]++;
        }
        double s = 0;
        for (int i = 1; i < rows.length; i++) {
            double d = rows[i] - rows[i - 1];
            s += d * d;
        }
        return s;
    }

    /**
     * The page rotated by {@code -degrees} about its centre, same size, uncovered corners white:
     * each pixel interpolated (bilinear) from the four source pixels around where it came from.
     * Done on the bytes: Java 2D's general drawing path takes four times as long on a grey page.
     */
    public static BufferedImage rotate(BufferedImage image, double degrees) {
        BufferedImage src = grey(image);
        int w = src.getWidth(), h = src.getHeight();
        byte[] in = ((DataBufferByte) src.getRaster().getDataBuffer()).getData();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        byte[] px = ((DataBufferByte) out.getRaster().getDataBuffer()).getData();
        double a = Math.toRadians(degrees), cos = Math.cos(a), sin = Math.sin(a);
        double cx = w / 2.0, cy = h / 2.0;
        // Fixed point, 16 fraction bits: the inner loop is integer steps and four byte reads.
        long stepX = Math.round(cos * 65536), stepY = Math.round(sin * 65536);
        for (int y = 0; y < h; y++) {
            // Where the centre of pixel (0, y) comes from; each step right moves by (cos, sin).
            double dy = y + 0.5 - cy, dx = 0.5 - cx;
            long sx = Math.round((cos * dx - sin * dy + cx - 0.5) * 65536);
            long sy = Math.round((sin * dx + cos * dy + cy - 0.5) * 65536);
            int o = y * w;
            for (int x = 0; x < w; x++, sx += stepX, sy += stepY) {
                int x0 = (int) (sx >> 16), y0 = (int) (sy >> 16);
                int fx = (int) (sx & 0xffff), fy = (int) (sy & 0xffff);
                int p00, p10, p01, p11;
                if (x0 >= 0 && y0 >= 0 && x0 + 1 < w && y0 + 1 < h) {
                    int i = y0 * w + x0;
                    p00 = in[i] & 0xff;
                    p10 = in[i + 1] & 0xff;
                    p01 = in[i + w] & 0xff;
                    p11 = in[i + w + 1] & 0xff;
                } else if (x0 < -1 || y0 < -1 || x0 >= w || y0 >= h) {
                    px[o + x] = (byte) 0xff;
                    continue;
                } else {
                    p00 = sample(in, w, h, x0, y0);
                    p10 = sample(in, w, h, x0 + 1, y0);
                    p01 = sample(in, w, h, x0, y0 + 1);
                    p11 = sample(in, w, h, x0 + 1, y0 + 1);
                }
                long top = p00 * (65536L - fx) + p10 * (long) fx;
                long bottom = p01 * (65536L - fx) + p11 * (long) fx;
                px[o + x] = (byte) ((top * (65536L - fy) + bottom * fy + (1L << 31)) >> 32);
            }
        }
        return out;
    }

    /** A source pixel, white beyond the page's edges. */
    private static int sample(byte[] in, int w, int h, int x, int y) {
        return x < 0 || y < 0 || x >= w || y >= h ? 255 : in[y * w + x] & 0xff;
    }

    /** The page as plain 8-bit grey bytes, row after row (a copy only when it is stored otherwise). */
    private static BufferedImage grey(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_BYTE_GRAY && image.getRaster().getDataBuffer() instanceof DataBufferByte b
                && b.getData().length == image.getWidth() * image.getHeight() && image.getRaster().getParent() == null) {
            return image;
        }
        BufferedImage g = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D gr = g.createGraphics();
        try {
            gr.drawImage(image, 0, 0, null);
        } finally {
            gr.dispose();
        }
        return g;
    }

    /** Measures the tilt and, when it is worth it, returns the straightened page; else the page itself. */
    public static BufferedImage straighten(BufferedImage image) {
        double a = measure(image);
        return Math.abs(a) < MIN_CORRECTION ? image : rotate(image, a);
    }
}
