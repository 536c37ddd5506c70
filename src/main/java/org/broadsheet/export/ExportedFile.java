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
        return child(dir, relative);
    }

    /** This file without its articles. */
    public Ref ref() {
        return new Ref(dir, file.source().path());
    }

    private static String child(String dir, String relative) {
        return dir.isEmpty() ? relative : dir + "/" + relative;
    }

    /**
     * A done file as the batch-level exports plan their work: its output folder and its source path, without
     * its articles. A batch holds one of these per file and loads each file's articles only while it writes
     * them, so the batch's size does not bound what fits in memory.
     */
    public record Ref(String dir, String source) {
        /** Reads {@code outputRoot/dir/articles.json} and keeps only its source path. */
        public static Ref read(Path outputRoot, String dir) throws IOException {
            return ExportedFile.load(outputRoot, dir).ref();
        }

        public ExportedFile load(Path outputRoot) throws IOException {
            return ExportedFile.load(outputRoot, dir);
        }

        public String child(String relative) {
            return ExportedFile.child(dir, relative);
        }
    }
}
