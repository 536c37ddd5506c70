package org.broadsheet.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.broadsheet.Options;
import org.broadsheet.Pipeline;
import org.broadsheet.error.BroadsheetException;
import org.broadsheet.error.ExitCodes;
import org.broadsheet.export.Exporters;
import org.broadsheet.model.FileResult;
import org.broadsheet.model.PageResult;
import org.broadsheet.model.SourceInfo;
import org.broadsheet.source.Detector;
import org.broadsheet.source.PageReader;
import org.broadsheet.source.SourceException;
import org.broadsheet.source.Sources;

/**
 * A whole batch: find the files, detect each, read its pages, OCR and analyse them on the workers,
 * export, and record one outcome per file. A bad file never stops the batch.
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
        progress.start(found.files().size());
        List<CompletableFuture<Outcome>> outcomes = new ArrayList<>();
        found.unreadable().forEach(o -> outcomes.add(CompletableFuture.completedFuture(progress.finished(o))));
        try (Workers workers = new Workers(options.jobs(), engines)) {
            for (InputFile file : found.files()) {
                outcomes.add(process(file, workers).thenApply(progress::finished));
            }
            CompletableFuture.allOf(outcomes.toArray(CompletableFuture[]::new)).join();
        }
        List<Outcome> all = outcomes.stream().map(CompletableFuture::join).toList();
        Report report = new Report(all, (System.nanoTime() - start) / 1e9);
        report.write(options.output());
        Exporters.finishBatch(options, report.done());
        return report;
    }

    private CompletableFuture<Outcome> process(InputFile file, Workers workers) {
        long t0 = System.nanoTime();
        Detector.Detected detected;
        SourceInfo info;
        try {
            long size = Files.size(file.path());
            if (size == 0) return failed(file, null, file.relative() + ": empty file (0 bytes)", t0);
            detected = Detector.detect(file.path());
            if (detected.mismatch()) {
                return failed(file, detected.mediaType(), file.relative() + ": named like a page image or PDF but contains "
                        + detected.mediaType(), t0);
            }
            if (detected.kind() == org.broadsheet.source.InputKind.UNSUPPORTED) {
                return CompletableFuture.completedFuture(Outcome.skipped(file.relative(), detected.mediaType(),
                        "not a page image or PDF (" + detected.mediaType() + ")"));
            }
            info = new SourceInfo(file.relative(), size, Checksums.sha256(file.path()), detected.mediaType());
        } catch (IOException e) {
            return failed(file, null, file.relative() + ": cannot be read: " + e.getMessage(), t0);
        }
        PageReader reader;
        try {
            reader = Sources.open(file.path(), file.relative(), detected);
        } catch (SourceException e) {
            return failed(file, detected.mediaType(), e.getMessage(), t0);
        }
        CompletableFuture<List<PageResult>> pages;
        try (reader) {
            pages = FileJob.submit(reader, workers, pipeline);
        }
        return pages.handle((result, error) -> {
            if (error != null) return Outcome.failed(file.relative(), info.mediaType(), FileJob.reason(error),
                    0, seconds(t0));
            try {
                Path dir = options.output().resolve(file.outDir());
                List<String> written = Exporters.writeFile(options, new FileResult(info, result), dir);
                return new Outcome(file.relative(), Outcome.Status.DONE, null, info.mediaType(), result.size(),
                        seconds(t0), file.outDir(), written);
            } catch (IOException | RuntimeException e) {
                return Outcome.failed(file.relative(), info.mediaType(),
                        file.relative() + ": cannot write its output: " + e.getMessage(), result.size(), seconds(t0));
            }
        });
    }

    private static CompletableFuture<Outcome> failed(InputFile f, String type, String reason, long t0) {
        return CompletableFuture.completedFuture(Outcome.failed(f.relative(), type, reason, 0, seconds(t0)));
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
