package org.broadsheet.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.broadsheet.batch.EngineFactory;
import org.broadsheet.error.BroadsheetException;
import org.broadsheet.error.ExitCodes;
import org.broadsheet.ocr.OcrEngine;
import org.broadsheet.ocr.OcrException;
import org.broadsheet.ocr.TessdataLocator;
import org.broadsheet.ocr.TesseractEngine;

/**
 * The Tesseract engines of a run. Every language list the run may use is loaded once before the
 * batch, so a missing or broken model is one clear error at the start instead of one per page; each
 * engine loaded then serves the first worker that asks for its languages, so no model is loaded twice
 * for nothing.
 */
final class LoadedEngines implements EngineFactory, AutoCloseable {
    private final Map<String, TessdataLocator.Resolved> data;
    private final Map<String, TesseractEngine> unused = new ConcurrentHashMap<>();
    private final double pageTimeout;

    private LoadedEngines(Map<String, TessdataLocator.Resolved> data, double pageTimeout) {
        this.data = data;
        this.pageTimeout = pageTimeout;
    }

    static LoadedEngines load(Set<String> languageLists, Path tessdata, Path projectTessdata, double pageTimeout) {
        Map<String, TessdataLocator.Resolved> data = new LinkedHashMap<>();
        for (String langs : languageLists) data.put(langs, TessdataLocator.resolve(langs, tessdata, projectTessdata));
        LoadedEngines engines = new LoadedEngines(Map.copyOf(data), pageTimeout);
        try {
            for (var e : data.entrySet()) engines.unused.put(e.getKey(), new TesseractEngine(e.getValue(), pageTimeout));
        } catch (OcrException e) {
            engines.close();
            throw new BroadsheetException(ExitCodes.OCR_SETUP, e.getMessage(),
                    "reinstall the traineddata or point --tessdata at a folder that holds it");
        }
        return engines;
    }

    @Override
    public OcrEngine create(String languages) throws OcrException {
        TesseractEngine loaded = unused.remove(languages);
        if (loaded != null) return loaded;
        TessdataLocator.Resolved resolved = data.get(languages);
        if (resolved == null) throw new OcrException("no Tesseract model was set up for " + languages);
        return new TesseractEngine(resolved, pageTimeout);
    }

    /** A model loaded for languages no file is read with would only hold memory for the whole batch. */
    @Override
    public void willUse(Set<String> languageLists) {
        unused.entrySet().removeIf(e -> {
            if (languageLists.contains(e.getKey())) return false;
            e.getValue().close();
            return true;
        });
    }

    @Override
    public void close() {
        unused.values().forEach(TesseractEngine::close);
        unused.clear();
    }
}
