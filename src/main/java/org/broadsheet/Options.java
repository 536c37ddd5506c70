package org.broadsheet;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the user chose for a run's work, built once by the CLI and passed down unchanged (how the run
 * reports itself, --quiet and --verbose, stays with the CLI and its progress display).
 *
 * @param tessdata    explicit traineddata folder, or null to search the usual places
 * @param formats     which outputs to write (json, text, ...); json is always written
 * @param force       redo every file, even those an earlier run finished
 * @param pageTimeout seconds one page may take in OCR before its file fails
 * @param docxPer     {@code folder}: one DOCX per input folder (an issue); {@code file}: one per input file
 * @param trustHiddenText use a PDF's invisible text layer (an earlier tool's OCR) instead of OCRing again
 */
public record Options(Path scans, Path output, String lang, int jobs, Path tessdata, Set<String> formats,
                      boolean debugLayout, boolean force, double pageTimeout,
                      String docxPer, boolean trustHiddenText) {
    public static final double DEFAULT_PAGE_TIMEOUT = 900;

    public Options {
        formats = Set.copyOf(formats);
    }

    /** The common case: no resume override, the default timeout. */
    public Options(Path scans, Path output, String lang, int jobs, Path tessdata, Set<String> formats,
                   boolean debugLayout) {
        this(scans, output, lang, jobs, tessdata, formats, debugLayout, false, DEFAULT_PAGE_TIMEOUT,
                "folder", false);
    }

    /** The options that change what broadsheet writes: earlier output made with others is redone. */
    public String resultKey() {
        return "lang=" + lang + ";formats=" + String.join(",", new TreeSet<>(formats)) + ";debug=" + debugLayout
                + ";docx=" + docxPer + ";trustHidden=" + trustHiddenText;
    }
}
