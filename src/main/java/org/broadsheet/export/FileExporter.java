package org.broadsheet.export;

import java.io.IOException;
import java.nio.file.Path;
import org.broadsheet.model.FileResult;

/**
 * Writes one kind of output for one input file into that file's output folder.
 * Implementations write through {@link AtomicFiles} and return the paths they wrote, relative to {@code dir}.
 */
public interface FileExporter {
    /** Short name used by {@code --formats}, for example {@code json}, {@code text}, {@code alto}. */
    String format();

    java.util.List<String> write(FileResult result, Path dir) throws IOException;
}
