package org.broadsheet.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.broadsheet.Options;
import org.broadsheet.model.FileResult;

/** Which outputs are written, per file and once per batch, according to {@code --formats}. */
public final class Exporters {
    private static final List<FileExporter> PER_FILE = List.of(new ArticlesJson(), new PlainTextExporter());

    private Exporters() {}

    /** Every format name {@code --formats} accepts. */
    public static List<String> formats() {
        return PER_FILE.stream().map(FileExporter::format).toList();
    }

    public static List<String> writeFile(Options options, FileResult result, Path dir) throws IOException {
        List<String> written = new ArrayList<>();
        for (FileExporter e : PER_FILE) {
            // articles.json is always written: it is the record batch-level exports and resume read back.
            if (e instanceof ArticlesJson || options.formats().contains(e.format())) written.addAll(e.write(result, dir));
        }
        return written;
    }

    /**
     * Outputs that span the batch, written after every file is done from what is on disk.
     *
     * @param doneDirs output folders (relative to the output root) of the files done, this run or earlier
     */
    public static void finishBatch(Options options, List<String> doneDirs) throws IOException {
        // The DOCX per folder and the index are added here.
    }
}
