package org.broadsheet.layout;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.broadsheet.model.Box;
import org.broadsheet.model.GreyPixels;
import org.broadsheet.model.Line;

/**
 * Finds photos and other toned areas: large patches clearly darker than the paper where no text
 * was read. Only used to tell captions from body text, so a rough box is enough.
 */
final class PhotoFinder {
    private PhotoFinder() {}

    static List<Box> find(BufferedImage image, List<Line> lines, int cell) {
        cell = Math.max(8, cell);
        int cw = image.getWidth() / cell, ch = image.getHeight() / cell;
        if (cw < 2 || ch < 2) return List.of();
        double[] mean = new double[cw * ch];
        long[] sums = new long[cw];
        Raster r = image.getRaster();
        byte[] grey = GreyPixels.of(image);
        int[] row = new int[cw * cell];
        for (int cy = 0; cy < ch; cy++) {
            Arrays.fill(sums, 0);
            for (int y = cy * cell; y < (cy + 1) * cell; y++) {
                if (grey != null) {
                    int o = y * image.getWidth();
                    for (int cx = 0, x = 0; cx < cw; cx++) {
                        long sum = 0;
                        for (int end = x + cell; x < end; x++) sum += grey[o + x] & 0xff;
                        sums[cx] += sum;
                    }
                } else {
                    r.getSamples(0, y, cw * cell, 1, 0, row);
                    for (int x = 0; x < cw * cell; x++) sums[x / cell] += row[x];
                }
            }
            for (int cx = 0; cx < cw; cx++) mean[cy * cw + cx] = sums[cx] / ((double) cell * cell);
        }
        double[] sorted = mean.clone();
        Arrays.sort(sorted);
        double paper = sorted[(int) (sorted.length * 0.7)];
        boolean[] text = new boolean[cw * ch];
        for (Line l : lines) {
            if (l.confidence() < 0.5) continue;
            Box b = l.box();
            for (int y = Math.max(0, b.y() / cell); y <= Math.min(ch - 1, (b.bottom() - 1) / cell); y++)
                for (int x = Math.max(0, b.x() / cell); x <= Math.min(cw - 1, (b.right() - 1) / cell); x++) text[y * cw + x] = true;
        }
        boolean[] toned = new boolean[cw * ch];
        for (int i = 0; i < toned.length; i++) toned[i] = !text[i] && mean[i] < paper - 60;
        List<Box> out = new ArrayList<>();
        boolean[] seen = new boolean[cw * ch];
        int[] stack = new int[cw * ch];
        for (int i = 0; i < toned.length; i++) {
            if (!toned[i] || seen[i]) continue;
            int n = 0, sp = 0, x0 = cw, y0 = ch, x1 = 0, y1 = 0;
            stack[sp++] = i;
            seen[i] = true;
            while (sp > 0) {
                int p = stack[--sp], px = p % cw, py = p / cw;
                n++;
                x0 = Math.min(x0, px); x1 = Math.max(x1, px); y0 = Math.min(y0, py); y1 = Math.max(y1, py);
                int[] nb = {p - 1, p + 1, p - cw, p + cw};
                for (int q : nb) {
                    if (q < 0 || q >= toned.length || seen[q] || !toned[q]) continue;
                    if ((q == p - 1 && px == 0) || (q == p + 1 && px == cw - 1)) continue;
                    seen[q] = true;
                    stack[sp++] = q;
                }
            }
            int bw = x1 - x0 + 1, bh = y1 - y0 + 1;
            if (n >= 16 && bw >= 3 && bh >= 3 && n >= 0.6 * bw * bh) {
                out.add(new Box(x0 * cell, y0 * cell, bw * cell, bh * cell));
            }
        }
        return out;
    }
}
