package org.broadsheet.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;
import org.broadsheet.Options;
import org.broadsheet.export.review.ReviewWriter;
import org.broadsheet.model.FileResult;

/** Which outputs are written, per file and once per batch, according to {@code --formats}. */
public final class Exporters {
    public static final String DOCX = "docx", INDEX = "index", REVIEW = ReviewWriter.FORMAT;

    private static final List<FileExporter> PER_FILE = List.of(new ArticlesJson(), new PlainTextExporter(),
            new ArticleTextExporter(), new AltoExporter());

    private Exporters() {}

    /** Every format name {@code --formats} accepts. */
    public static List<String> formats() {
        return Stream.concat(PER_FILE.stream().map(FileExporter::format), Stream.of(DOCX, INDEX, REVIEW)).toList();
    }

    public static List<String> writeFile(Options options, FileResult result, Path dir) throws IOException {
        List<String> written = new ArrayList<>();
        for (FileExporter e : PER_FILE) {
            // articles.json is always written: batch-level exports and resume read it back.
            if (e instanceof ArticlesJson || options.formats().contains(e.format())) written.addAll(e.write(result, dir));
        }
        return written;
    }

    /**
     * Outputs that span the batch, written after every file is done, from what is on disk.
     *
     * @param doneDirs output folders (relative to the output root) of the files done, this run or earlier
     */
    public static void finishBatch(Options options, List<String> doneDirs) throws IOException {
        // The review and the DOCX and index read the same finished files and write different ones:
        // side by side, the batch ends when the longer of them is done instead of after both.
        CompletableFuture<Void> review = !options.formats().contains(REVIEW) ? CompletableFuture.completedFuture(null)
                : CompletableFuture.runAsync(() -> {
                    try {
                        ReviewWriter.write(options.output(), options.scans(), ReviewWriter.DEFAULT_THRESHOLD);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
        try {
            writeDocxAndIndex(options, doneDirs);
        } finally {
            try {
                review.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof UncheckedIOException io) throw io.getCause();
                throw e;
            }
        }
    }

    private static void writeDocxAndIndex(Options options, List<String> doneDirs) throws IOException {
        boolean docx = options.formats().contains(DOCX), index = options.formats().contains(INDEX);
        if (!docx && !index) return;
        Path root = options.output();
        List<ExportedFile.Ref> files = new ArrayList<>();
        for (String dir : doneDirs) files.add(ExportedFile.Ref.read(root, dir));
        Map<String, String> docxByDir = docx
                ? DocxExporter.writeBatch(root, files, DocxExporter.Grouping.parse(options.docxPer())) : Map.of();
        if (index) IndexWriter.write(root, files, docxByDir);
    }
}
