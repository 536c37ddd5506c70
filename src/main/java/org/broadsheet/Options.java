package org.broadsheet;

import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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
 * @param langFor     languages for the files under some folders of {@code scans} (a folder path relative
 *                    to it, '/'-separated, to '+'-joined languages); other files are read with {@code lang}
 */
public record Options(Path scans, Path output, String lang, int jobs, Path tessdata, Set<String> formats,
                      boolean debugLayout, boolean force, double pageTimeout,
                      String docxPer, boolean trustHiddenText, Map<String, String> langFor) {
    public static final double DEFAULT_PAGE_TIMEOUT = 900;

    public Options {
        formats = Set.copyOf(formats);
        TreeMap<String, String> folders = new TreeMap<>();
        langFor.forEach((folder, langs) -> folders.put(trimSlashes(folder), langs));
        langFor = Collections.unmodifiableMap(folders);
    }

    /** The common case: no resume override, the default timeout. */
    public Options(Path scans, Path output, String lang, int jobs, Path tessdata, Set<String> formats,
                   boolean debugLayout) {
        this(scans, output, lang, jobs, tessdata, formats, debugLayout, false, DEFAULT_PAGE_TIMEOUT,
                "folder", false, Map.of());
    }

    /** The languages for one file, by its path relative to {@code scans}: the deepest folder given wins. */
    public String langOf(String file) {
        String best = null;
        for (String folder : langFor.keySet()) {
            if (file.startsWith(folder + "/") && (best == null || folder.length() > best.length())) best = folder;
        }
        return best == null ? lang : langFor.get(best);
    }

    /** Every language list the run may read with: the default and the folders' own. */
    public Set<String> languageLists() {
        Set<String> all = new TreeSet<>(langFor.values());
        all.add(lang);
        return all;
    }

    private static String trimSlashes(String folder) {
        return folder.replace('\\', '/').replaceAll("^(\\./)+|^/+|/+$", "");
    }

    /** The options that change what broadsheet writes for a file: earlier output made with others is redone. */
    public String resultKey(String file) {
        return "lang=" + langOf(file) + ";formats=" + String.join(",", new TreeSet<>(formats)) + ";debug=" + debugLayout
                + ";docx=" + docxPer + ";trustHidden=" + trustHiddenText;
    }
}
