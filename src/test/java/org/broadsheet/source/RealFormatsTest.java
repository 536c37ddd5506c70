package org.broadsheet.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.broadsheet.model.PageImage;
import org.broadsheet.ocr.InkMeter;
import org.broadsheet.support.Corpus;
import org.junit.jupiter.api.Test;

/** Real archive formats from the corpus: bilevel G4 TIFF, JPEG 2000, a multi-page image-only PDF. */
class RealFormatsTest {

    private static PageImage firstPage(Path file, String expectedType, int expectedPages) throws Exception {
        Detector.Detected d = Detector.detect(file);
        assertEquals(expectedType, d.mediaType());
        try (PageReader r = Sources.open(file, file.getFileName().toString(), d)) {
            assertEquals(expectedPages, r.pageCount());
            return r.page(0).image();
        }
    }

    @Test
    void bilevelG4TiffAt400Dpi() throws Exception {
        PageImage p = firstPage(Corpus.require("utah-newspaper-fixtures/tiff-issue-1856/page1.tiff"), "image/tiff", 1);
        assertEquals(7200, p.width());
        assertEquals(9600, p.height());
        assertEquals(400, p.dpi());
        assertTrue(InkMeter.isInked(p.image()));
    }

    @Test
    void jpeg2000ThroughLeptonica() throws Exception {
        PageImage p = firstPage(Corpus.require("utah-newspaper-fixtures/ndnp-jp2-1935/1289.jp2"), "image/jp2", 1);
        assertEquals(4552, p.width());
        assertEquals(7218, p.height());
        double dark = InkMeter.darkShare(p.image());
        assertTrue(dark > 0.02 && dark < 0.5, "a printed page, not noise or a blank: " + dark);
    }

    @Test
    void multiPageImagePdfRenderedAt300Dpi() throws Exception {
        PageImage p = firstPage(Corpus.require("utah-newspaper-fixtures/pdf-issue-1856/1856050301.pdf"), "application/pdf", 4);
        assertEquals(300, p.dpi());
        assertTrue(p.width() > 2000 && p.height() > 3000, p.width() + "x" + p.height());
        assertTrue(InkMeter.isInked(p.image()));
    }
}
