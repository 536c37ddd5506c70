package org.broadsheet.ocr;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.broadsheet.model.Box;
import org.broadsheet.model.Line;
import org.broadsheet.model.PageLayout;
import org.broadsheet.model.Region;
import org.broadsheet.model.Role;
import org.broadsheet.model.Separator;
import org.broadsheet.model.Word;

/**
 * Where a headline's lines lie, found again from the ink: its region with room around it for what
 * the first pass missed (a character beyond the end of a line, a short last line), cut into rows
 * where the ink stops. The ink of other items in that room (smaller type, other headlines) is
 * painted out first. Lines of about the headline's size in body or caption regions stay: they may
 * be the headline's own ink, read by the first pass into another region.
 */
final class ReadArea {
    private ReadArea() {}

    /** Darker than this is ink, on 8-bit grey. */
    private static final int INK = 128;

    /** One row of display type: where it is on the page, and its pixels alone on white. */
    record Row(Box box, BufferedImage pixels) {}

    static List<Row> rows(Region r, PageLayout layout, BufferedImage page, double lh) {
        List<Region> regions = layout.regions();
        Box b = r.box();
        Box area = Box.ofCorners(Math.max(0, (int) (b.x() - 1.5 * lh)), Math.max(0, (int) (b.y() - 0.25 * lh)),
                Math.min(page.getWidth(), (int) (b.right() + 1.5 * lh)), Math.min(page.getHeight(), (int) (b.bottom() + 1.4 * lh)));
        List<Box> masks = masks(r, regions, area, lh);
        // Drawn rules beside a headline would be read as letters (| or l).
        for (Separator s : layout.separators()) masks.add(Box.ofCorners(s.box().x() - 2, s.box().y() - 2, s.box().right() + 2, s.box().bottom() + 2));
        byte[] grey = greyOf(page, area, masks);
        int w = area.w(), h = area.h();
        byte[] ink = new byte[w * h];
        int[] dark = new int[h];
        for (int i = 0; i < ink.length; i++) {
            if ((grey[i] & 0xff) < INK) {
                ink[i] = 1;
                dark[i / w]++;
            }
        }
        List<int[]> bands = new ArrayList<>();
        for (int[] band : bands(dark, Math.max(2, w / 200), (int) Math.max(1, 0.15 * lh))) bands.addAll(split(band, dark, lh));
        // The headline's own rows set the size: the tallest row within the region (the first pass
        // may have read two rows as one tall line). Rows of smaller type around it (a subtitle
        // below, a kicker above) are not the headline's.
        int tallest = 0;
        for (int[] band : bands) {
            boolean inRegion = area.y() + band[1] > b.y() && area.y() + band[0] < b.bottom();
            if (inRegion && band[1] - band[0] <= 1.6 * lh) tallest = Math.max(tallest, band[1] - band[0]);
        }
        List<Row> out = new ArrayList<>();
        for (int[] band : bands) {
            int bh = band[1] - band[0];
            if (bh < 0.75 * tallest || bh > 1.6 * tallest) continue;
            int[] xs = span(ink, w, band, b.x() - area.x(), b.right() - area.x(), (int) (0.8 * lh));
            if (xs == null) continue;
            Box box = new Box(area.x() + xs[0], area.y() + band[0], xs[1] - xs[0], bh);
            out.add(new Row(box, pixels(grey, w, xs, band)));
        }
        return out;
    }

    /** Lines of other items in the area: smaller type, and other display type that has a role of its own. */
    private static List<Box> masks(Region r, List<Region> regions, Box area, double lh) {
        List<Box> out = new ArrayList<>();
        for (Region o : regions) {
            if (o == r) continue;
            boolean display = o.role() == Role.HEADLINE || o.role() == Role.KICKER || o.role() == Role.SUBTITLE
                    || o.role() == Role.MASTHEAD;
            for (Line l : o.lines()) {
                if (l.box().intersectionArea(area) == 0) continue;
                if (display) {
                    out.add(l.box());
                    continue;
                }
                // Word by word: a line of small type may have swallowed a big glyph of the headline.
                for (Word wd : l.words()) if (wd.box().h() < 0.85 * lh) out.add(wd.box());
            }
        }
        return out;
    }

    /** The area's grey pixels, row-major, with every mask painted white. */
    private static byte[] greyOf(BufferedImage page, Box area, List<Box> masks) {
        byte[] px = ((DataBufferByte) page.getRaster().getDataBuffer()).getData();
        int stride = page.getWidth(), w = area.w();
        byte[] out = new byte[w * area.h()];
        for (int y = 0; y < area.h(); y++) System.arraycopy(px, (area.y() + y) * stride + area.x(), out, y * w, w);
        for (Box m : masks) {
            int x0 = Math.max(0, m.x() - area.x()), x1 = Math.min(w, m.right() - area.x());
            int y0 = Math.max(0, m.y() - area.y()), y1 = Math.min(area.h(), m.bottom() - area.y());
            if (x0 >= x1) continue;
            for (int y = y0; y < y1; y++) Arrays.fill(out, y * w + x0, y * w + x1, (byte) 0xff);
        }
        return out;
    }

    /** Runs of rows with ink, joined across gaps of at most {@code maxGap} rows: {start, end} pairs. */
    private static List<int[]> bands(int[] dark, int minInk, int maxGap) {
        List<int[]> out = new ArrayList<>();
        int start = -1, lastOn = -1;
        for (int y = 0; y < dark.length; y++) {
            if (dark[y] < minInk) continue;
            if (start < 0) start = y;
            else if (y - lastOn > maxGap) {
                out.add(new int[] {start, lastOn + 1});
                start = y;
            }
            lastOn = y;
        }
        if (start >= 0) out.add(new int[] {start, lastOn + 1});
        return out;
    }

    /**
     * A band taller than a line is two lines set close, touching where a descender meets the
     * next line's top: it is cut at its faintest row, as long as both parts stay line-sized. A
     * band with an all but empty row across its middle is two lines too, whatever the first pass
     * took the line height to be (it may have read the two as one tall line).
     */
    private static List<int[]> split(int[] band, int[] dark, double lh) {
        int h = band[1] - band[0];
        int max = 0;
        for (int y = band[0]; y < band[1]; y++) max = Math.max(max, dark[y]);
        int lo = band[0] + (int) Math.ceil(Math.min(0.6 * lh, 0.3 * h)), hi = band[1] - (int) Math.ceil(Math.min(0.6 * lh, 0.3 * h));
        int cut = -1;
        for (int y = lo; y < hi; y++) if (cut < 0 || dark[y] < dark[cut]) cut = y;
        boolean tall = h > 1.6 * lh && band[0] + 0.6 * lh <= cut && cut <= band[1] - 0.6 * lh;
        boolean gap = cut >= 0 && dark[cut] <= max * FAINT;
        if (cut < 0 || !tall && !gap) return List.of(band);
        List<int[]> out = new ArrayList<>(split(trim(band[0], cut, dark), dark, lh));
        out.addAll(split(trim(cut + 1, band[1], dark), dark, lh));
        return out;
    }

    /** A row with at most this share of a band's fullest row's ink is the white between two lines. */
    private static final double FAINT = 0.04;

    /** The rows {@code from..to} without the empty rows at their ends. */
    private static int[] trim(int from, int to, int[] dark) {
        while (from < to - 1 && dark[from] == 0) from++;
        while (to > from + 1 && dark[to - 1] == 0) to--;
        return new int[] {from, to};
    }

    /**
     * The row's ink from the region's own x range outwards, as long as the gaps stay narrower than
     * {@code maxGap}: a word the first pass dropped at a line end is near, the next item is not.
     */
    private static int[] span(byte[] ink, int w, int[] band, int from, int to, int maxGap) {
        boolean[] col = new boolean[w];
        int first = -1, last = -1;
        for (int x = 0; x < w; x++) {
            for (int y = band[0]; y < band[1] && !col[x]; y++) col[x] = ink[y * w + x] != 0;
            if (col[x] && x >= from && x < to) {
                if (first < 0) first = x;
                last = x;
            }
        }
        if (first < 0) return null;
        for (int x = first - 1, gap = 0; x >= 0 && gap <= maxGap; x--) {
            if (col[x]) { first = x; gap = 0; } else gap++;
        }
        for (int x = last + 1, gap = 0; x < w && gap <= maxGap; x++) {
            if (col[x]) { last = x; gap = 0; } else gap++;
        }
        return new int[] {first, last + 1};
    }

    /** The row's pixels cut from the painted-out area. */
    private static BufferedImage pixels(byte[] grey, int w, int[] xs, int[] band) {
        BufferedImage img = new BufferedImage(xs[1] - xs[0], band[1] - band[0], BufferedImage.TYPE_BYTE_GRAY);
        byte[] out = ((DataBufferByte) img.getRaster().getDataBuffer()).getData();
        int iw = img.getWidth();
        for (int y = 0; y < img.getHeight(); y++) System.arraycopy(grey, (band[0] + y) * w + xs[0], out, y * iw, iw);
        return img;
    }
}
