package org.broadsheet.source;

import java.awt.geom.AffineTransform;
import java.awt.geom.NoninvertibleTransformException;

/**
 * Bilinear rotation of an 8-bit grey page held as one byte a pixel, row after row. It gives the
 * pixels Java 2D's software loops give for the same drawing (same 32.32 fixed-point stepping, same
 * 8-bit interpolation weights, same clamping at the image's edges, same choice of which pixels are
 * covered), so Tesseract reads exactly the page it read before, in a quarter of the time: Java 2D
 * turns every source sample into a four-channel colour and back again.
 */
final class GreyRotation {
    private static final double ONE = 4294967296.0; // 1 in 32.32 fixed point
    private static final long HALF = 1L << 31;

    private GreyRotation() {}

    /**
     * Draws {@code src} rotated by {@code transform} onto {@code dst} (both {@code w} x {@code h}),
     * touching only the pixels whose centres map back inside the source; the others keep their value.
     */
    static void draw(byte[] src, byte[] dst, int w, int h, AffineTransform transform) {
        AffineTransform inverse;
        try {
            inverse = transform.createInverse();
        } catch (NoninvertibleTransformException e) {
            return;
        }
        double[] corners = {0, 0, w, 0, 0, h, w, h};
        transform.transform(corners, 0, corners, 0, 4);
        double minX = corners[0], maxX = corners[0], minY = corners[1], maxY = corners[1];
        for (int i = 2; i < 8; i += 2) {
            minX = Math.min(minX, corners[i]);
            maxX = Math.max(maxX, corners[i]);
            minY = Math.min(minY, corners[i + 1]);
            maxY = Math.max(maxY, corners[i + 1]);
        }
        int x1 = Math.max((int) Math.floor(minX), 0), y1 = Math.max((int) Math.floor(minY), 0);
        int x2 = Math.min((int) Math.ceil(maxX), w), y2 = Math.min((int) Math.ceil(maxY), h);
        if (x2 <= x1 || y2 <= y1) return;

        double m00 = inverse.getScaleX(), m01 = inverse.getShearX(), m02 = inverse.getTranslateX();
        double m10 = inverse.getShearY(), m11 = inverse.getScaleY(), m12 = inverse.getTranslateY();
        double cx = x1 + 0.5, cy = y1 + 0.5;
        long rowX = (long) ((m00 * cx + m01 * cy + m02) * ONE);
        long rowY = (long) ((m10 * cx + m11 * cy + m12) * ONE);
        long dxdx = (long) (m00 * ONE), dydx = (long) (m10 * ONE);
        long dxdy = (long) (m01 * ONE), dydy = (long) (m11 * ONE);
        long across = (long) (x2 - x1 - 1);

        for (int y = y1; y < y2; y++, rowX += dxdy, rowY += dydy) {
            int from = x1, to = x2;
            long sx = rowX, sy = rowY;
            while (from < to && outside(sx, sy, w, h)) {
                from++;
                sx += dxdx;
                sy += dydx;
            }
            sx = rowX + across * dxdx;
            sy = rowY + across * dydx;
            while (to > from && outside(sx, sy, w, h)) {
                to--;
                sx -= dxdx;
                sy -= dydx;
            }
            // Samples sit at pixel centres, hence the half pixel taken off before splitting whole and fraction.
            long px = rowX + (from - x1) * dxdx - HALF, py = rowY + (from - x1) * dydx - HALF;
            int x = from, out = y * w + from;
            for (; x < to && !inner(px, py, w, h); x++, px += dxdx, py += dydx) dst[out++] = edge(src, w, h, px, py);
            // Where a sample's four neighbours all lie inside, nothing needs clamping: the bulk of the page.
            int end = to;
            long ex = px + (to - 1L - x) * dxdx, ey = py + (to - 1L - x) * dydx;
            for (; end > x && !inner(ex, ey, w, h); end--, ex -= dxdx, ey -= dydx) {}
            for (; x < end; x++, px += dxdx, py += dydx) {
                int at = (int) (py >> 32) * w + (int) (px >> 32);
                dst[out++] = mix(src[at], src[at + 1], src[at + w], src[at + w + 1], (int) px >>> 24, (int) py >>> 24);
            }
            for (; x < to; x++, px += dxdx, py += dydx) dst[out++] = edge(src, w, h, px, py);
        }
    }

    /** A sample next to the page's edge, where a missing neighbour is replaced by the edge pixel. */
    private static byte edge(byte[] src, int w, int h, long px, long py) {
        int col = (int) (px >> 32), row = (int) (py >> 32);
        int right = col + 1 < w ? 1 : 0, below = row + 1 < h ? w : 0;
        if (col < 0) {
            col = 0;
            right = 0;
        }
        if (row < 0) {
            row = 0;
            below = 0;
        }
        int at = row * w + col;
        return mix(src[at], src[at + right], src[at + below], src[at + below + right], (int) px >>> 24, (int) py >>> 24);
    }

    /** Bilinear mix with 8-bit weights, across then down, rounded once at the end. */
    private static byte mix(byte topLeft, byte topRight, byte bottomLeft, byte bottomRight, int fx, int fy) {
        int a = topLeft & 0xff, b = topRight & 0xff, c = bottomLeft & 0xff, d = bottomRight & 0xff;
        int top = (a << 8) + (b - a) * fx, bottom = (c << 8) + (d - c) * fx;
        return (byte) (((top << 8) + (bottom - top) * fy + (1 << 15)) >> 16);
    }

    private static boolean inner(long px, long py, int w, int h) {
        int col = (int) (px >> 32), row = (int) (py >> 32);
        return col >= 0 && col + 1 < w && row >= 0 && row + 1 < h;
    }

    private static boolean outside(long x, long y, int w, int h) {
        return Integer.compareUnsigned((int) (y >> 32), h) >= 0 || Integer.compareUnsigned((int) (x >> 32), w) >= 0;
    }
}
