package org.broadsheet;

import java.nio.file.Path;
import java.util.Set;

/**
 * Everything the user chose for a run, built once by the CLI and passed down unchanged.
 *
 * @param tessdata explicit traineddata folder, or null to search the usual places
 * @param formats  which outputs to write (json, text, ...); json is always written
 */
public record Options(Path scans, Path output, String lang, int jobs, Path tessdata, Set<String> formats,
                      boolean debugLayout, boolean quiet, boolean verbose) {
    public Options {
        formats = Set.copyOf(formats);
    }

    /** The options that change what broadsheet writes (used to tell whether earlier output is still valid). */
    public String resultKey() {
        return "lang=" + lang + ";formats=" + String.join(",", new java.util.TreeSet<>(formats)) + ";debug=" + debugLayout;
    }
}
