package org.broadsheet.source;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.broadsheet.model.PageImage;
import org.broadsheet.source.pdf.PdfPageRouter;
import org.broadsheet.source.pdf.PdfTextLayer;

/**
 * PDF pages: each page's text layer is used when it is usable (born-digital e-paper), and the page is
 * rendered to a grey image at the OCR resolution in any case (for OCR when there is no usable text,
 * for the layout's drawn rules and for review pages when there is).
 */
final class PdfPageReader implements PageReader {
    static final int RENDER_DPI = 300;

    private final String name;
    private final PDDocument doc;
    private final PDFRenderer renderer;
    private final PdfPageRouter.Options routing;

    PdfPageReader(Path file, String name, PdfPageRouter.Options routing) throws SourceException {
        this.name = name;
        this.routing = routing;
        try {
            doc = Loader.loadPDF(file.toFile(), "", null, null, IOUtils.createTempFileOnlyStreamCache());
        } catch (InvalidPasswordException e) {
            throw new SourceException(name + ": the PDF is encrypted with a password; remove the encryption"
                    + " (for example with qpdf --decrypt) and run again", e);
        } catch (IOException | RuntimeException e) {
            throw new SourceException(name + ": damaged PDF, cannot open: " + e.getMessage(), e);
        }
        if (doc.getNumberOfPages() == 0) {
            close();
            throw new SourceException(name + ": the PDF has no pages");
        }
        renderer = new PDFRenderer(doc);
    }

    @Override
    public int pageCount() { return doc.getNumberOfPages(); }

    @Override
    public long pixels(int index) {
        try {
            long[] size = renderedSize(index);
            return size[0] * size[1];
        } catch (RuntimeException e) {
            return 0; // reading the page says what is wrong with it
        }
    }

    /** Width and height of the page rendered at the OCR resolution. */
    private long[] renderedSize(int index) {
        PDPage page = doc.getPage(index);
        Rectangle2D box = page.getCropBox().toGeneralPath().getBounds2D();
        boolean turned = page.getRotation() % 180 != 0;
        double w = (turned ? box.getHeight() : box.getWidth()) * RENDER_DPI / 72.0;
        double h = (turned ? box.getWidth() : box.getHeight()) * RENDER_DPI / 72.0;
        return new long[] {Math.round(w), Math.round(h)};
    }

    @Override
    public SourcePage page(int index) throws SourceException {
        String what = name + " page " + (index + 1);
        try {
            long[] size = renderedSize(index);
            ImageLimits.check(size[0], size[1], what);
            PdfTextLayer.Result layer = PdfTextLayer.read(doc, index, RENDER_DPI, routing);
            var image = renderer.renderImageWithDPI(index, RENDER_DPI, ImageType.GRAY);
            return new SourcePage(index + 1, new PageImage(index + 1, image, RENDER_DPI), layer.text(),
                    layer.text() == null ? layer.decision().reason() : null);
        } catch (IOException | RuntimeException e) {
            throw new SourceException(what + ": cannot render: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            doc.close();
        } catch (IOException ignored) {
            // read-only use: nothing to lose
        }
    }
}
