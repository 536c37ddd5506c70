package org.broadsheet.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * DOCX for a batch, from the articles.json files already written: one document per input folder
 * (an issue: its pages in file-name order) or one per input file.
 */
public final class DocxExporter {

    public enum Grouping {
        FILE, FOLDER;

        /** Parses {@code --docx-per file|folder}. */
        public static Grouping parse(String s) {
            return valueOf(s.trim().toUpperCase(Locale.ROOT));
        }
    }

    /** One document to write: its path relative to the output root, its title and its files in order. */
    public record Job(String target, String title, List<ExportedFile.Ref> files) {
        public Job {
            files = List.copyOf(files);
        }
    }

    private DocxExporter() {}

    /**
     * Writes the documents and returns, for each file's output folder, the document its articles went to
     * (relative to the output root), for the index.
     */
    public static Map<String, String> writeBatch(Path outputRoot, List<ExportedFile.Ref> files, Grouping grouping) throws IOException {
        Map<String, String> docxByDir = new LinkedHashMap<>();
        for (Job job : plan(files, grouping)) {
            // Only one document's files are in memory at a time.
            List<ArticlesFile> loaded = new ArrayList<>();
            for (ExportedFile.Ref f : job.files()) loaded.add(f.load(outputRoot).file());
            DocxWriter.write(loaded, job.title(), outputRoot.resolve(job.target()));
            for (ExportedFile.Ref f : job.files()) docxByDir.put(f.dir(), job.target());
        }
        return docxByDir;
    }

    /**
     * Per file: {@code DIR/NAME.docx} in the file's own output folder. Per folder: files are grouped by the
     * folder of their source path, and the document goes to the common parent of their output folders,
     * named after the source folder ({@code issue.docx} for the scan folder's root).
     */
    public static List<Job> plan(List<ExportedFile.Ref> files, Grouping grouping) {
        List<Job> jobs = new ArrayList<>();
        Set<String> targets = new HashSet<>();
        if (grouping == Grouping.FILE) {
            for (ExportedFile.Ref f : files) {
                String name = stem(fileName(f.source()));
                jobs.add(new Job(unique(targets, f.child(name), ".docx"), f.source(), List.of(f)));
            }
            return jobs;
        }
        Map<String, List<ExportedFile.Ref>> byFolder = new LinkedHashMap<>();
        for (ExportedFile.Ref f : files) byFolder.computeIfAbsent(parent(f.source()), k -> new ArrayList<>()).add(f);
        for (var e : byFolder.entrySet()) {
            List<ExportedFile.Ref> group = new ArrayList<>(e.getValue());
            group.sort(Comparator.comparing(ExportedFile.Ref::source, NaturalOrder.INSTANCE));
            String folder = e.getKey();
            String base = commonParent(group.stream().map(ExportedFile.Ref::dir).toList());
            String name = folder.isEmpty() ? "issue" : fileName(folder);
            String target = unique(targets, base.isEmpty() ? name : base + "/" + name, ".docx");
            jobs.add(new Job(target, folder.isEmpty() ? name : folder, group));
        }
        return jobs;
    }

    private static String unique(Set<String> used, String base, String ext) {
        String t = base + ext;
        for (int n = 2; !used.add(t); n++) t = base + "-" + n + ext;
        return t;
    }

    static String parent(String path) {
        int i = path.lastIndexOf('/');
        return i < 0 ? "" : path.substring(0, i);
    }

    static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    static String stem(String name) {
        int i = name.lastIndexOf('.');
        return i > 0 ? name.substring(0, i) : name;
    }

    /** The deepest folder that holds all the given output folders ("" for the output root). */
    static String commonParent(List<String> dirs) {
        String common = null;
        for (String d : dirs) {
            String p = parent(d);
            if (common == null) common = p;
            while (!common.isEmpty() && !(p.equals(common) || p.startsWith(common + "/"))) common = parent(common);
        }
        return common == null ? "" : common;
    }

    /** Orders p2 before p10, as people number their scans. */
    enum NaturalOrder implements Comparator<String> {
        INSTANCE;

        @Override
        public int compare(String a, String b) {
            int i = 0, j = 0;
            while (i < a.length() && j < b.length()) {
                char ca = a.charAt(i), cb = b.charAt(j);
                if (Character.isDigit(ca) && Character.isDigit(cb)) {
                    int si = i, sj = j;
                    while (i < a.length() && Character.isDigit(a.charAt(i))) i++;
                    while (j < b.length() && Character.isDigit(b.charAt(j))) j++;
                    String na = a.substring(si, i).replaceFirst("^0+(?=.)", ""), nb = b.substring(sj, j).replaceFirst("^0+(?=.)", "");
                    int c = na.length() != nb.length() ? Integer.compare(na.length(), nb.length()) : na.compareTo(nb);
                    if (c != 0) return c;
                } else {
                    if (ca != cb) return Character.compare(ca, cb);
                    i++;
                    j++;
                }
            }
            return Integer.compare(a.length() - i, b.length() - j);
        }
    }
}
