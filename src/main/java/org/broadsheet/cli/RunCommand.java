package org.broadsheet.cli;

import java.nio.file.Path;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.broadsheet.Options;
import org.broadsheet.Pipeline;
import org.broadsheet.batch.BatchRunner;
import org.broadsheet.batch.Progress;
import org.broadsheet.batch.Report;
import org.broadsheet.error.BroadsheetException;
import org.broadsheet.error.ExitCodes;
import org.broadsheet.export.Exporters;
import org.broadsheet.source.ImageLimits;
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

    @Option(names = "--lang-for", paramLabel = "FOLDER=LANGS",
            description = "Languages for the files under one folder of SCANS (a path relative to it), "
                    + "instead of --lang; repeatable, the deepest folder given wins.")
    Map<String, String> langFor = new LinkedHashMap<>();

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
                debugLayout, force, pageTimeout, docxPer, trustHiddenText, langFor);
        BatchRunner.checkFolders(options);
        checkLangFolders();
        Progress progress = new Progress(System.err, quiet, System.console() != null && !verbose);
        Report report;
        try (LoadedEngines engines = LoadedEngines.locate(options.languageLists(), tessdata, projectTessdata(), pageTimeout)) {
            report = new BatchRunner(options, Pipeline.standard(), engines, progress).run();
        }
        System.out.print(report.summary());
        System.out.println("Report: " + output.resolve(Report.FILE));
        if (verbose) System.out.println("Peak memory: " + PeakMemory.describe());
        return report.failed().isEmpty() ? ExitCodes.OK : ExitCodes.SOME_FAILED;
    }

    /** A --lang-for folder that is not there is a typo that would silently read the folder in the wrong language. */
    private void checkLangFolders() {
        Path root = scans.toAbsolutePath().normalize();
        for (String folder : langFor.keySet()) {
            Path dir = root.resolve(folder).normalize();
            if (dir.equals(root) || !dir.startsWith(root)) {
                throw new BroadsheetException(ExitCodes.USAGE, "--lang-for " + folder + ": not a folder inside " + scans,
                        "give a folder path relative to SCANS; use --lang for the whole of SCANS");
            }
            if (!Files.isDirectory(dir)) {
                throw new BroadsheetException(ExitCodes.USAGE, "--lang-for " + folder + ": there is no folder " + dir,
                        "give a folder path relative to SCANS, such as --lang-for renmin-ribao=chi_sim");
            }
        }
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
