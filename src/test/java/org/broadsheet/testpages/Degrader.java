package org.broadsheet.testpages;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.SplittableRandom;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.broadsheet.model.Box;

/**
 * Makes a clean rendering look scanned: paper tone, skew, blur, noise, JPEG artefacts, in that
 * order. Skew moves the truth with the ink: every box becomes the upright bounds of its rotated
 * corners.
 */
public final class Degrader {
    private Degrader() {}

    public static RenderedPage apply(RenderedPage page, Degradation d) {
        if (d.clean()) return page;
        BufferedImage img = page.image();
        PageTruth truth = page.truth();
        if (d.paperGrey() < 255) img = tone(img, d.paperGrey());
        if (d.rotationDegrees() != 0) {
            AffineTransform t = AffineTransform.getRotateInstance(Math.toRadians(d.rotationDegrees()),
                    img.getWidth() / 2.0, img.getHeight() / 2.0);
            img = rotate(img, t, d.paperGrey());
            truth = Boxes.map(truth, b -> rotated(b, t, page.width(), page.height()));
        }
        if (d.blurRadius() > 0) img = blur(img, d.blurRadius());
        if (d.noiseSigma() > 0) noise(img, d.noiseSigma(), d.seed());
        if (d.recompresses()) img = jpeg(img, d.jpegQuality());
        return new RenderedPage(img, page.dpi(), truth);
    }

    /** Maps white to the paper's grey and keeps black black. */
    private static BufferedImage tone(BufferedImage src, int paper) {
        BufferedImage out = copy(src);
        WritableRaster r = out.getRaster();
        int[] row = new int[out.getWidth()];
        for (int y = 0; y < out.getHeight(); y++) {
            r.getSamples(0, y, row.length, 1, 0, row);
            for (int x = 0; x < row.length; x++) row[x] = row[x] * paper / 255;
            r.setSamples(0, y, row.length, 1, 0, row);
        }
        return out;
    }

    private static BufferedImage rotate(BufferedImage src, AffineTransform t, int paper) {
        BufferedImage out = new BufferedImage(src.getWidth(), src.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        try {
            g.setColor(new Color(paper, paper, paper));
            g.fillRect(0, 0, out.getWidth(), out.getHeight());
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(src, t, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    private static Box rotated(Box b, AffineTransform t, int width, int height) {
        double[] xs = {b.x(), b.right(), b.x(), b.right()};
        double[] ys = {b.y(), b.y(), b.bottom(), b.bottom()};
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            Point2D p = t.transform(new Point2D.Double(xs[i], ys[i]), null);
            minX = Math.min(minX, p.getX());
            minY = Math.min(minY, p.getY());
            maxX = Math.max(maxX, p.getX());
            maxY = Math.max(maxY, p.getY());
        }
        return Box.ofCorners(clamp((int) Math.floor(minX), width), clamp((int) Math.floor(minY), height),
                clamp((int) Math.ceil(maxX), width), clamp((int) Math.ceil(maxY), height));
    }

    private static int clamp(int v, int max) { return Math.max(0, Math.min(max, v)); }

    /** Three box-blur passes per axis approximate a gaussian of the given radius. */
    private static BufferedImage blur(BufferedImage src, double radius) {
        int w = src.getWidth(), h = src.getHeight();
        int[] px = src.getRaster().getSamples(0, 0, w, h, 0, (int[]) null);
        int r = Math.max(1, (int) Math.round(radius));
        int[] tmp = new int[px.length];
        for (int pass = 0; pass < 3; pass++) {
            boxPass(px, tmp, w, h, r, true);
            boxPass(tmp, px, w, h, r, false);
        }
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        out.getRaster().setSamples(0, 0, w, h, 0, px);
        return out;
    }

    private static void boxPass(int[] in, int[] out, int w, int h, int r, boolean horizontal) {
        int lines = horizontal ? h : w, len = horizontal ? w : h;
        for (int l = 0; l < lines; l++) {
            int sum = 0, n = 0;
            for (int i = -r; i <= r; i++) if (i >= 0 && i < len) { sum += in[at(l, i, w, horizontal)]; n++; }
            for (int i = 0; i < len; i++) {
                out[at(l, i, w, horizontal)] = (sum + n / 2) / n;
                int add = i + r + 1, drop = i - r;
                if (add < len) { sum += in[at(l, add, w, horizontal)]; n++; }
                if (drop >= 0) { sum -= in[at(l, drop, w, horizontal)]; n--; }
            }
        }
    }

    private static int at(int line, int i, int w, boolean horizontal) {
        return horizontal ? line * w + i : i * w + line;
    }

    private static void noise(BufferedImage img, double sigma, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed * 31 + 7);
        WritableRaster r = img.getRaster();
        int[] row = new int[img.getWidth()];
        for (int y = 0; y < img.getHeight(); y++) {
            r.getSamples(0, y, row.length, 1, 0, row);
            for (int x = 0; x < row.length; x++) {
                row[x] = Math.max(0, Math.min(255, (int) Math.round(row[x] + rnd.nextGaussian() * sigma)));
            }
            r.setSamples(0, y, row.length, 1, 0, row);
        }
    }

    private static BufferedImage jpeg(BufferedImage img, float quality) {
        try {
            ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
                writer.setOutput(out);
                ImageWriteParam p = writer.getDefaultWriteParam();
                p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                p.setCompressionQuality(quality);
                writer.write(null, new IIOImage(img, null, null), p);
            } finally {
                writer.dispose();
            }
            BufferedImage back = ImageIO.read(new ByteArrayInputStream(bytes.toByteArray()));
            if (back.getType() == BufferedImage.TYPE_BYTE_GRAY) return back;
            BufferedImage grey = new BufferedImage(back.getWidth(), back.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
            grey.getGraphics().drawImage(back, 0, 0, null);
            return grey;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BufferedImage copy(BufferedImage src) {
        BufferedImage out = new BufferedImage(src.getWidth(), src.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        out.setData(src.getRaster());
        return out;
    }
}
