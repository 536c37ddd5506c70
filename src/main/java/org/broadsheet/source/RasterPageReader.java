package org.broadsheet.source;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.broadsheet.model.PageImage;
import org.w3c.dom.NodeList;

/** TIFF (one or many pages, G4 included), PNG, JPEG, BMP through Java's image readers. */
final class RasterPageReader implements PageReader {
    private final String name;
    private final Path file;
    private final ImageInputStream in;
    private final ImageReader reader;
    private final int pages;

    RasterPageReader(Path file, String name) throws SourceException {
        this.name = name;
        this.file = file;
        try {
            in = ImageIO.createImageInputStream(file.toFile());
            if (in == null) throw new SourceException(name + ": cannot open");
        } catch (IOException e) {
            throw new SourceException(name + ": cannot open: " + e.getMessage(), e);
        }
        Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
        if (!readers.hasNext()) {
            closeQuietly();
            throw new SourceException(name + ": no image reader understands this file");
        }
        reader = readers.next();
        reader.setInput(in, false, false);
        try {
            pages = reader.getNumImages(true);
        } catch (IOException | RuntimeException e) {
            close();
            throw new SourceException(name + ": damaged image, cannot count its pages: " + message(e), e);
        }
        if (pages < 1) {
            close();
            throw new SourceException(name + ": the image file holds no pages");
        }
    }

    @Override
    public int pageCount() { return pages; }

    @Override
    public long pixels(int index) {
        try {
            return (long) reader.getWidth(index) * reader.getHeight(index);
        } catch (IOException | RuntimeException e) {
            return 0; // reading the page says what is wrong with it
        }
    }

    @Override
    public SourcePage page(int index) throws SourceException {
        String what = pages > 1 ? name + " page " + (index + 1) : name;
        try {
            ImageLimits.check(reader.getWidth(index), reader.getHeight(index), what);
            int dpi = dpi(reader.getImageMetadata(index));
            BufferedImage grey = "png".equalsIgnoreCase(reader.getFormatName()) ? PngGrey.read(file) : null;
            var image = grey != null ? grey : Images.toGrey(reader.read(index));
            return new SourcePage(index + 1, new PageImage(index + 1, image, dpi), null);
        } catch (IOException | RuntimeException e) {
            throw new SourceException(what + ": damaged image, cannot decode: " + message(e), e);
        }
    }

    private static String message(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** Resolution from the standard metadata tree (millimetres per pixel); 300 when absent. */
    static int dpi(IIOMetadata meta) {
        if (meta == null || !meta.isStandardMetadataFormatSupported()) return 300;
        IIOMetadataNode root = (IIOMetadataNode) meta.getAsTree("javax_imageio_1.0");
        NodeList nodes = root.getElementsByTagName("HorizontalPixelSize");
        if (nodes.getLength() == 0) return 300;
        try {
            double mmPerPixel = Double.parseDouble(((IIOMetadataNode) nodes.item(0)).getAttribute("value"));
            return Images.plausibleDpi(25.4 / mmPerPixel, 300);
        } catch (NumberFormatException e) {
            return 300;
        }
    }

    private void closeQuietly() {
        try {
            in.close();
        } catch (IOException ignored) {
            // nothing was read; the open error is what the user needs to see
        }
    }

    @Override
    public void close() {
        if (reader != null) reader.dispose();
        closeQuietly();
    }
}
