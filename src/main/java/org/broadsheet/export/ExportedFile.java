package org.broadsheet.export;

import java.io.IOException;
import java.nio.file.Path;

/**
 * One input file's results as batch-level exports see them: its output folder and its articles.json read back.
 *
 * @param dir the output folder relative to the output root, with '/' separators ("" for the root itself)
 */
public record ExportedFile(String dir, ArticlesFile file) {

    public ExportedFile {
        dir = dir.replace('\\', '/');
        while (dir.endsWith("/")) dir = dir.substring(0, dir.length() - 1);
    }

    /** Reads {@code outputRoot/dir/articles.json}. */
    public static ExportedFile load(Path outputRoot, String dir) throws IOException {
        return new ExportedFile(dir, ArticlesJson.read(outputRoot.resolve(dir).resolve(ArticlesJson.FILE)));
    }

    /** A path relative to the output root for a file inside this file's folder. */
    public String child(String relative) {
        return dir.isEmpty() ? relative : dir + "/" + relative;
    }
}
