package org.broadsheet.model;

import java.util.Collection;

/** An axis-aligned rectangle in page pixels: x, y of the top-left corner, width and height. */
public record Box(int x, int y, int w, int h) {

    public Box {
        if (w < 0 || h < 0) throw new IllegalArgumentException("negative box size: " + w + "x" + h);
    }

    public static Box ofCorners(int left, int top, int right, int bottom) {
        return new Box(left, top, Math.max(0, right - left), Math.max(0, bottom - top));
    }

    public int right() { return x + w; }
    public int bottom() { return y + h; }
    public double centerX() { return x + w / 2.0; }
    public double centerY() { return y + h / 2.0; }
    public long area() { return (long) w * h; }

    public Box moved(int dx, int dy) {
        return dx == 0 && dy == 0 ? this : new Box(x + dx, y + dy, w, h);
    }

    public Box union(Box o) {
        return ofCorners(Math.min(x, o.x), Math.min(y, o.y), Math.max(right(), o.right()), Math.max(bottom(), o.bottom()));
    }

    public static Box unionOf(Collection<Box> boxes) {
        Box out = null;
        for (Box b : boxes) out = out == null ? b : out.union(b);
        return out;
    }

    public long intersectionArea(Box o) {
        long iw = Math.min(right(), o.right()) - Math.max(x, o.x);
        long ih = Math.min(bottom(), o.bottom()) - Math.max(y, o.y);
        return iw > 0 && ih > 0 ? iw * ih : 0;
    }

    /** Overlap of the horizontal extents, in pixels (0 when they do not overlap). */
    public int horizontalOverlap(Box o) {
        return Math.max(0, Math.min(right(), o.right()) - Math.max(x, o.x));
    }

    /** Overlap of the vertical extents, in pixels (0 when they do not overlap). */
    public int verticalOverlap(Box o) {
        return Math.max(0, Math.min(bottom(), o.bottom()) - Math.max(y, o.y));
    }

    public boolean contains(Box o) {
        return o.x >= x && o.y >= y && o.right() <= right() && o.bottom() <= bottom();
    }

    /** The JSON form used in every output: [x, y, w, h]. */
    public int[] toArray() { return new int[] {x, y, w, h}; }
}
