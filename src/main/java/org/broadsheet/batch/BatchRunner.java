package org.broadsheet.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.broadsheet.BuildInfo;
import org.broadsheet.Options;
import org.broadsheet.Pipeline;
import org.broadsheet.error.BroadsheetException;
import org.broadsheet.error.ExitCodes;
import org.broadsheet.export.Exporters;
import org.broadsheet.export.LayoutOverlay;
import org.broadsheet.export.review.ReviewImages;
import org.broadsheet.model.FileResult;
import org.broadsheet.model.PageImage;
import org.broadsheet.model.PageResult;
import org.broadsheet.model.SourceInfo;
import org.broadsheet.source.Detector;
import org.broadsheet.source.InputKind;
import org.broadsheet.source.PageReader;
import org.broadsheet.source.SourceException;
import org.broadsheet.source.Sources;

/**
 * A whole batch: find the files, detect each, read its pages, OCR and analyse them on the workers,
 * export, and record one outcome per file. A bad file never stops the batch; a file an earlier run
 * finished, unchanged since and with the same options, is not done again.
 */
public final class BatchRunner {
    private final Options options;
    private final Pipeline pipeline;
    private final EngineFactory engines;
    private final Progress progress;

    public BatchRunner(Options options, Pipeline pipeline, EngineFactory engines, Progress progress) {
        this.options = options;
        this.pipeline = pipeline;
        this.engines = engines;
        this.progress = progress;
    }

    public Report run() throws IOException, InterruptedException {
        long start = System.nanoTime();
        ScanWalker.Result found = ScanWalker.walk(options.scans(), options.output());
        Files.createDirectories(options.output());
        TempFiles.sweep(options.output());
        List<CompletableFuture<Outcome>> outcomes = new ArrayList<>();
        try (Manifest manifest = Manifest.open(options.output())) {
            if (options.force()) manifest.clear();
            engines.prepare(languagesToRead(found.files(), manifest));
            progress.start(found.files().size() + found.unreadable().size());
            found.unreadable().forEach(o -> outcomes.add(CompletableFuture.completedFuture(progress.finished(o))));
            try (Workers workers = new Workers(options.jobs(), engines)) {
                for (InputFile file : found.files()) {
                    outcomes.add(process(file, workers, manifest).thenApply(progress::finished));
                }
                CompletableFuture.allOf(outcomes.toArray(CompletableFuture[]::new)).join();
            }
        }
        progress.end();
        Report report = new Report(outcomes.stream().map(CompletableFuture::join).toList(), (System.nanoTime() - start) / 1e9);
        report.write(options.output());
        Exporters.finishBatch(options, report.done().stream().map(Outcome::outDir).toList());
        return report;
    }

    private CompletableFuture<Outcome> process(InputFile file, Workers workers, Manifest manifest) {
        long t0 = System.nanoTime();
        String name = file.relative();
        Detector.Detected detected;
        SourceInfo info;
        long mtime;
        try {
            long size = Files.size(file.path());
            mtime = Files.getLastModifiedTime(file.path()).toMillis();
            if (size == 0) return failed(name, null, name + ": empty file (0 bytes)", t0);
            detected = Detector.detect(file.path());
            if (detected.mismatch()) {
                return failed(name, detected.mediaType(), name + ": named like a page image or PDF but contains "
                        + detected.mediaType(), t0);
            }
            if (detected.kind() == InputKind.UNSUPPORTED) {
                return done(Outcome.skipped(name, detected.mediaType(), "not a page image or PDF (" + detected.mediaType() + ")"));
            }
            Manifest.Entry prev = manifest.get(name);
            if (unchanged(prev, size, mtime)) {
                return done(Outcome.unchanged(prev, detected.mediaType()));
            }
            info = new SourceInfo(name, size, Checksums.sha256(file.path()), detected.mediaType());
            if (prev != null && prev.sha256().equals(info.sha256()) && stillValid(prev)) {
                manifest.record(new Manifest.Entry(name, size, mtime, info.sha256(), prev.resultKey(), prev.version(),
                        prev.pages(), prev.outDir(), prev.outputs()));
                return done(Outcome.unchanged(prev, detected.mediaType()));
            }
            manifest.forget(name);
        } catch (IOException e) {
            return failed(name, null, name + ": cannot be read: " + e.getMessage(), t0);
        }
        PageReader reader;
        try {
            reader = Sources.open(file.path(), name, detected, options.trustHiddenText());
        } catch (SourceException e) {
            return failed(name, detected.mediaType(), e.getMessage(), t0);
        }
        CompletableFuture<List<PageResult>> pages;
        ReviewImages images = options.formats().contains(Exporters.REVIEW)
                ? ReviewImages.forFile(options.output(), file.outDir()) : null;
        try (reader) {
            pages = FileJob.submit(reader, options.langOf(name), workers, pipeline, progress::pageDone, hook(file, images));
        }
        return pages.handle((result, error) -> {
            if (error != null) return Outcome.failed(name, info.mediaType(), FileJob.reason(error), 0, seconds(t0));
            try {
                Path dir = options.output().resolve(file.outDir());
                List<String> written = Exporters.writeFile(options, new FileResult(info, result), dir);
                if (images != null) images.finish(info.size(), mtime);
                manifest.record(new Manifest.Entry(name, info.size(), mtime, info.sha256(), options.resultKey(name),
                        BuildInfo.version(), result.size(), file.outDir(), written));
                return Outcome.done(name, info.mediaType(), result.size(), seconds(t0), file.outDir(), written);
            } catch (IOException | RuntimeException e) {
                return Outcome.failed(name, info.mediaType(), name + ": cannot write its output: " + e.getMessage(),
                        result.size(), seconds(t0));
            }
        });
    }

    /** The review's page images as each page is read, and the layout overlay with --debug-layout. */
    private FileJob.PageHook hook(InputFile file, ReviewImages images) {
        Path dir = options.output().resolve(file.outDir());
        return new FileJob.PageHook() {
            @Override
            public void read(PageImage source) throws IOException {
                if (images != null) images.page(source);
            }

            @Override
            public void done(PageImage image, PageResult page) throws IOException {
                if (options.debugLayout()) LayoutOverlay.writeArticles(image, page.layout(), page.articles(),
                        dir.resolve(String.format("layout/p%03d.png", page.text().number())));
            }
        };
    }

    /**
     * The language lists of the files that may need reading, so that a batch re-run after it finished
     * loads no model at all. Files not named as pages (notes, checksums beside the scans) are left out,
     * and files whose date changed are counted in although their content may not have: both are only
     * known for sure once read, and a model missing here is loaded when its first page comes.
     */
    private Set<String> languagesToRead(List<InputFile> files, Manifest manifest) {
        Set<String> langs = new HashSet<>();
        for (InputFile f : files) {
            if (Detector.claimedByName(f.path()) == InputKind.UNSUPPORTED) continue;
            try {
                if (unchanged(manifest.get(f.relative()), Files.size(f.path()), Files.getLastModifiedTime(f.path()).toMillis())) {
                    continue;
                }
            } catch (IOException e) {
                // Reported when the file's turn comes; its models are loaded as for any other file.
            }
            langs.add(options.langOf(f.relative()));
        }
        return langs;
    }

    private boolean unchanged(Manifest.Entry prev, long size, long mtime) {
        return prev != null && prev.size() == size && prev.mtime() == mtime && stillValid(prev);
    }

    /** Earlier output still counts when it was made with the same options and version and is all there. */
    private boolean stillValid(Manifest.Entry prev) {
        if (options.force() || !options.resultKey(prev.source()).equals(prev.resultKey()) || !BuildInfo.version().equals(prev.version())) {
            return false;
        }
        Path dir = options.output().resolve(prev.outDir());
        return prev.outputs().stream().allMatch(o -> Files.isRegularFile(dir.resolve(o)));
    }

    private static CompletableFuture<Outcome> done(Outcome o) {
        return CompletableFuture.completedFuture(o);
    }

    private static CompletableFuture<Outcome> failed(String name, String type, String reason, long t0) {
        return done(Outcome.failed(name, type, reason, 0, seconds(t0)));
    }

    private static double seconds(long t0) {
        return Math.round((System.nanoTime() - t0) / 1e7) / 100.0;
    }

    /** Checked before any work, so a wrong command line fails at once with a hint. */
    public static void checkFolders(Options o) {
        if (!Files.isDirectory(o.scans())) {
            throw new BroadsheetException(ExitCodes.INPUT_MISSING, "scan folder " + o.scans() + " does not exist or is not a folder",
                    "give the folder that holds the scanned pages");
        }
        if (!Files.isReadable(o.scans())) {
            throw new BroadsheetException(ExitCodes.INPUT_MISSING, "scan folder " + o.scans() + " cannot be read",
                    "check its permissions");
        }
        try {
            Files.createDirectories(o.output());
        } catch (IOException e) {
            throw new BroadsheetException(ExitCodes.OUTPUT_UNWRITABLE, "cannot create output folder " + o.output(),
                    "choose a folder you can write to with -o", e);
        }
        if (!Files.isWritable(o.output())) {
            throw new BroadsheetException(ExitCodes.OUTPUT_UNWRITABLE, "output folder " + o.output() + " is not writable",
                    "choose a folder you can write to with -o");
        }
    }
}
