package org.broadsheet.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.broadsheet.batch.EngineFactory;
import org.broadsheet.dictionary.EnglishLexicon;
import org.broadsheet.error.BroadsheetException;
import org.broadsheet.error.ExitCodes;
import org.broadsheet.ocr.OcrEngine;
import org.broadsheet.ocr.OcrException;
import org.broadsheet.ocr.TessdataLocator;
import org.broadsheet.ocr.TesseractEngine;

/**
 * The Tesseract engines of a run. Every language list the run may use is checked to be installed
 * before the batch starts; once the files are listed, the models their folders need (and only those)
 * are loaded, side by side, so that a broken model is one clear error at the start instead of one per
 * page, and the English dictionaries start loading if any of them reads English. Each engine so loaded
 * then serves the first worker that asks for its languages.
 */
final class LoadedEngines implements EngineFactory, AutoCloseable {
    private final Map<String, TessdataLocator.Resolved> data;
    private final Map<String, TesseractEngine> unused = new ConcurrentHashMap<>();
    private final double pageTimeout;

    private LoadedEngines(Map<String, TessdataLocator.Resolved> data, double pageTimeout) {
        this.data = data;
        this.pageTimeout = pageTimeout;
    }

    /** Finds every language list's traineddata; a language that is not installed is an error here. */
    static LoadedEngines locate(Set<String> languageLists, Path tessdata, Path projectTessdata, double pageTimeout) {
        Map<String, TessdataLocator.Resolved> data = new LinkedHashMap<>();
        for (String langs : languageLists) data.put(langs, TessdataLocator.resolve(langs, tessdata, projectTessdata));
        return new LoadedEngines(Map.copyOf(data), pageTimeout);
    }

    @Override
    public void prepare(Set<String> languageLists) {
        // The dictionary judges English hyphens; a batch whose files are all read without the English
        // model seldom has any, and loads it when one comes (2 s of a core saved on a Chinese-only run).
        if (languageLists.stream().anyMatch(l -> List.of(l.split("\\+")).contains("eng"))) {
            EnglishLexicon.loadInBackground();
        }
        List<String> failures = languageLists.parallelStream().filter(data::containsKey).map(langs -> {
            try {
                unused.put(langs, new TesseractEngine(data.get(langs), pageTimeout));
                return null;
            } catch (OcrException e) {
                return e.getMessage();
            }
        }).filter(Objects::nonNull).toList();
        // The run's owner closes this factory, and with it the engines loaded before the failure.
        if (!failures.isEmpty()) {
            throw new BroadsheetException(ExitCodes.OCR_SETUP, String.join("; ", failures),
                    "reinstall the traineddata or point --tessdata at a folder that holds it");
        }
    }

    @Override
    public OcrEngine create(String languages) throws OcrException {
        TesseractEngine loaded = unused.remove(languages);
        if (loaded != null) return loaded;
        TessdataLocator.Resolved resolved = data.get(languages);
        if (resolved == null) throw new OcrException("no Tesseract model was set up for " + languages);
        return new TesseractEngine(resolved, pageTimeout);
    }

    @Override
    public void close() {
        unused.values().forEach(TesseractEngine::close);
        unused.clear();
    }
}
