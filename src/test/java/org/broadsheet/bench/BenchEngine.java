package org.broadsheet.bench;

import java.nio.file.Path;
import org.broadsheet.model.Line;
import org.broadsheet.model.PageImage;
import org.broadsheet.model.PageText;
import org.broadsheet.ocr.OcrEngine;
import org.broadsheet.ocr.OcrException;
import org.broadsheet.ocr.TessdataLocator;
import org.broadsheet.ocr.TesseractEngine;

/**
 * Tesseract for one benchmark page, with every answer kept in the {@link OcrCache}: the page-wide
 * reading and each area read again. Tesseract is only started when an answer is not cached.
 */
final class BenchEngine implements OcrEngine {
    /** One cached line reading; a record so the cache can store "nothing read". */
    record Read(Line line) {}

    /** Bump when the way the engine reads single lines changes, so cached line readings are made again. */
    private static final String LINE_VERSION = "line2-";

    private final OcrCache cache;
    private final int dpi;
    private final String lang;
    private TesseractEngine engine;

    BenchEngine(OcrCache cache, int dpi, String lang) {
        this.cache = cache;
        this.dpi = dpi;
        this.lang = lang;
    }

    @Override
    public PageText recognize(PageImage page) throws OcrException {
        try {
            // Keyed by the pixels the engine reads (the straightened page), so a change to deskewing
            // is a change of key: Tesseract's page segmentation can turn on a tenth of a grey level.
            return cache.get(page.image(), dpi, lang, "broadsheet-tesseract", PageText.class, () -> engine().recognize(page));
        } catch (OcrException e) {
            throw e;
        } catch (Exception e) {
            throw new OcrException("benchmark OCR failed: " + e.getMessage());
        }
    }

    @Override
    public Line readLine(PageImage line, String id, boolean han) throws OcrException {
        try {
            Line l = cache.get(line.image(), line.dpi(), lang, LINE_VERSION + han, Read.class, () -> new Read(engine().readLine(line, id, han))).line();
            return l == null ? null : new Line(id, l.text(), l.box(), l.words(), l.confidence(), l.vertical());
        } catch (OcrException e) {
            throw e;
        } catch (Exception e) {
            throw new OcrException("benchmark OCR failed: " + e.getMessage());
        }
    }

    private TesseractEngine engine() throws Exception {
        if (engine == null) engine = new TesseractEngine(TessdataLocator.resolve(lang, null, Path.of("tessdata")));
        return engine;
    }

    @Override
    public void close() {
        if (engine != null) engine.close();
    }
}
