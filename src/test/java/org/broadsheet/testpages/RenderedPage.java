package org.broadsheet.testpages;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.broadsheet.export.AtomicFiles;
import org.broadsheet.model.Box;
import org.broadsheet.model.PageImage;

/** A rendered test page: the 8-bit grey image, its resolution and what it truly shows. */
public record RenderedPage(BufferedImage image, int dpi, PageTruth truth) {

    public RenderedPage {
        if (image.getType() != BufferedImage.TYPE_BYTE_GRAY) throw new IllegalArgumentException("test pages are 8-bit grey");
    }

    public int width() { return image.getWidth(); }

    public int height() { return image.getHeight(); }

    /** The page's text in reading order, see {@link PageTruth#toText()}. */
    public String toText() { return truth.toText(); }

    /** The image as the pipeline's page model, numbered {@code number}. */
    public PageImage pageImage(int number) { return new PageImage(number, image, dpi); }

    /** A copy of part of the page (for OCR tests on one column or article), clipped to the page. */
    public BufferedImage crop(Box box, int margin) {
        int x0 = Math.max(0, box.x() - margin);
        int y0 = Math.max(0, box.y() - margin);
        int x1 = Math.min(width(), box.right() + margin);
        int y1 = Math.min(height(), box.bottom() + margin);
        BufferedImage out = new BufferedImage(x1 - x0, y1 - y0, BufferedImage.TYPE_BYTE_GRAY);
        out.getRaster().setRect(-x0, -y0, image.getRaster().createChild(x0, y0, x1 - x0, y1 - y0, x0, y0, null));
        return out;
    }

    public byte[] png() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, "png", bytes)) throw new IllegalStateException("no PNG writer");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Writes NAME.png and NAME.truth.json into {@code dir}; returns the PNG's path. */
    public Path save(Path dir, String name) throws IOException {
        Files.createDirectories(dir);
        Path png = dir.resolve(name + ".png");
        AtomicFiles.writeBytes(png, png());
        AtomicFiles.writeBytes(dir.resolve(name + ".truth.json"), TruthJson.write(truth));
        return png;
    }
}
