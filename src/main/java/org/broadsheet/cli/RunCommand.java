package org.broadsheet.cli;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import org.broadsheet.Options;
import org.broadsheet.Pipeline;
import org.broadsheet.batch.BatchRunner;
import org.broadsheet.batch.Progress;
import org.broadsheet.batch.Report;
import org.broadsheet.dictionary.EnglishLexicon;
import org.broadsheet.error.BroadsheetException;
import org.broadsheet.error.ExitCodes;
import org.broadsheet.export.Exporters;
import org.broadsheet.ocr.TessdataLocator;
import org.broadsheet.source.ImageLimits;
import org.broadsheet.ocr.TesseractEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "run", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "OCR every page under SCANS and write articles, text and exports under OUTPUT.",
        footer = {"", "Exit codes: 0 all files done or skipped, 1 some files failed, 2 usage error,",
                "3 scan folder missing, 4 OCR language or Tesseract missing, 5 output not writable, 70 internal error."})
public final class RunCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "SCANS", description = "Folder of scanned pages (searched recursively).")
    Path scans;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUTPUT", description = "Output folder.")
    Path output;

    @Option(names = "--lang", defaultValue = "chi_sim+eng", paramLabel = "LANGS",
            description = "Tesseract languages joined with '+' (default: ${DEFAULT-VALUE}).")
    String lang;

    @Option(names = "--jobs", paramLabel = "N", description = "Pages OCRed in parallel (default: number of cores).")
    Integer jobs;

    @Option(names = "--tessdata", paramLabel = "DIR", description = "Folder with .traineddata files.")
    Path tessdata;

    @Option(names = "--formats", split = ",", paramLabel = "LIST",
            description = "Outputs to write, comma-separated (default: all). articles.json is always written.")
    List<String> formats;

    @Option(names = "--debug-layout", description = "Also write a PNG per page with regions and articles drawn on it.")
    boolean debugLayout;

    @Option(names = "--docx-per", paramLabel = "file|folder", defaultValue = "folder",
            description = "One DOCX per input folder (an issue) or per input file (default: ${DEFAULT-VALUE}).")
    String docxPer;

    @Option(names = "--trust-hidden-text",
            description = "Use a PDF's invisible text layer (an earlier OCR) instead of OCRing the page again.")
    boolean trustHiddenText;

    @Option(names = "--force", description = "Redo every file, even those an earlier run into OUTPUT finished.")
    boolean force;

    @Option(names = "--page-timeout", paramLabel = "SECONDS", defaultValue = "900",
            description = "Longest OCR time for one page before its file fails (default: ${DEFAULT-VALUE}).")
    double pageTimeout;

    @Option(names = "--max-megapixels", paramLabel = "N", defaultValue = "250",
            description = "Refuse images larger than this before decoding them (default: ${DEFAULT-VALUE}).")
    long maxMegapixels;

    @Option(names = {"-q", "--quiet"}, description = "Print only the summary.")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "Print more detail.")
    boolean verbose;

    @Override
    public Integer call() throws Exception {
        int cores = Runtime.getRuntime().availableProcessors();
        if (jobs != null && jobs < 1) throw new BroadsheetException(ExitCodes.USAGE, "--jobs must be at least 1", null);
        if (!docxPer.equals("file") && !docxPer.equals("folder")) {
            throw new BroadsheetException(ExitCodes.USAGE, "--docx-per must be 'file' or 'folder', not '" + docxPer + "'", null);
        }
        if (pageTimeout <= 0) throw new BroadsheetException(ExitCodes.USAGE, "--page-timeout must be positive", null);
        if (maxMegapixels < 1) throw new BroadsheetException(ExitCodes.USAGE, "--max-megapixels must be at least 1", null);
        ImageLimits.setMaxPixels(maxMegapixels * 1_000_000L);
        Options options = new Options(scans, output, lang, jobs == null ? cores : jobs, tessdata, formats(),
                debugLayout, force, pageTimeout, docxPer, trustHiddenText);
        BatchRunner.checkFolders(options);
        TessdataLocator.Resolved data = TessdataLocator.resolve(lang, tessdata, projectTessdata());
        // The dictionary judges English hyphens; a batch read without the English model seldom has
        // any, and loads it when one comes (2 s of a core saved on each Chinese-only launch).
        if (java.util.List.of(lang.split("\\+")).contains("eng")) EnglishLexicon.loadInBackground();
        // Loading once here turns a broken model into one clear error instead of one per page; the
        // engine loaded is then the first worker's, so the model is not loaded once more for it.
        AtomicReference<TesseractEngine> probe = new AtomicReference<>();
        try {
            probe.set(new TesseractEngine(data, pageTimeout));
        } catch (org.broadsheet.ocr.OcrException e) {
            throw new BroadsheetException(ExitCodes.OCR_SETUP, e.getMessage(),
                    "reinstall the traineddata or point --tessdata at a folder that holds it");
        }
        Progress progress = new Progress(System.err, quiet, System.console() != null && !verbose);
        Report report;
        try {
            report = new BatchRunner(options, Pipeline.standard(), () -> {
                TesseractEngine loaded = probe.getAndSet(null);
                return loaded != null ? loaded : new TesseractEngine(data, pageTimeout);
            }, progress).run();
        } finally {
            TesseractEngine unused = probe.getAndSet(null);
            if (unused != null) unused.close();
        }
        System.out.print(report.summary());
        System.out.println("Report: " + output.resolve(Report.FILE));
        if (verbose) System.out.println("Peak memory: " + PeakMemory.describe());
        return report.failed().isEmpty() ? ExitCodes.OK : ExitCodes.SOME_FAILED;
    }

    private Set<String> formats() {
        List<String> known = Exporters.formats();
        if (formats == null) return new LinkedHashSet<>(known);
        for (String f : formats) {
            if (!known.contains(f)) {
                throw new BroadsheetException(ExitCodes.USAGE, "unknown format '" + f + "'",
                        "choose from " + String.join(", ", known));
            }
        }
        return new LinkedHashSet<>(formats);
    }

    /** The tessdata folder beside the launcher; the launcher passes its location as broadsheet.home. */
    static Path projectTessdata() {
        String home = System.getProperty("broadsheet.home");
        return Path.of(home == null ? "." : home, "tessdata");
    }
}
