package org.broadsheet.source.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfwriter.COSWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Writes a page's content stream operator by operator. PDFBox's own content stream encodes text
 * through the font, which a non-embedded CID font cannot do; this writer takes the codes as bytes.
 */
final class ContentWriter {
    private final PDDocument doc;
    private final PDPage page;
    private final PDResources resources;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    ContentWriter(PDDocument doc, PDPage page) {
        this.doc = doc;
        this.page = page;
        this.resources = page.getResources() != null ? page.getResources() : new PDResources();
        page.setResources(resources);
    }

    ContentWriter op(String format, Object... args) {
        String s = String.format(Locale.ROOT, format, args) + "\n";
        out.writeBytes(s.getBytes(StandardCharsets.US_ASCII));
        return this;
    }

    /** BT /F size Tf mode Tr a b c d e f Tm (codes) Tj ET */
    void showText(PDFont font, float size, int renderingMode, double[] tm, byte[] codes) throws IOException {
        COSName name = resources.add(font);
        op("BT /%s %.3f Tf %d Tr", name.getName(), size, renderingMode);
        op("%.5f %.5f %.5f %.5f %.3f %.3f Tm", tm[0], tm[1], tm[2], tm[3], tm[4], tm[5]);
        COSWriter.writeString(codes, out);
        op(" Tj ET");
    }

    void image(PDImageXObject img, float x, float y, float w, float h) {
        COSName name = resources.add(img);
        op("q %.3f 0 0 %.3f %.3f %.3f cm /%s Do Q", w, h, x, y, name.getName());
    }

    void finish() throws IOException {
        PDStream stream = new PDStream(doc);
        try (OutputStream os = stream.createOutputStream(COSName.FLATE_DECODE)) {
            os.write(out.toByteArray());
        }
        page.setContents(stream);
    }
}
