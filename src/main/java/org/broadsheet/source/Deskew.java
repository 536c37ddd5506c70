package org.broadsheet.source;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.Raster;
import java.util.Arrays;
import org.broadsheet.model.GreyPixels;

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

    /** The page rotated by {@code -degrees} about its centre, same size, uncovered corners white. */
    public static BufferedImage rotate(BufferedImage image, double degrees) {
        AffineTransform turn = AffineTransform.getRotateInstance(Math.toRadians(-degrees),
                image.getWidth() / 2.0, image.getHeight() / 2.0);
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        byte[] grey = image.getType() == BufferedImage.TYPE_BYTE_GRAY ? GreyPixels.of(image) : null;
        if (grey != null) {
            byte[] page = ((DataBufferByte) out.getRaster().getDataBuffer()).getData();
            Arrays.fill(page, (byte) 0xff);
            GreyRotation.draw(grey, page, image.getWidth(), image.getHeight(), turn);
            return out;
        }
        Graphics2D g = out.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, out.getWidth(), out.getHeight());
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(image, turn, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    /** Measures the tilt and, when it is worth it, returns the straightened page; else the page itself. */
    public static BufferedImage straighten(BufferedImage image) {
        double a = measure(image);
        return Math.abs(a) < MIN_CORRECTION ? image : rotate(image, a);
    }
}
