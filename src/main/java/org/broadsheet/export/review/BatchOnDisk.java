package org.broadsheet.export.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.broadsheet.export.ArticlesFile;
import org.broadsheet.export.ArticlesJson;
import org.broadsheet.model.PageInfo;

/**
 * A finished (or resumed) batch as its output folder holds it: report.json plus the articles.json of
 * every done file. Reading from disk rather than from memory lets the review be rebuilt at any time.
 * Only one file's articles are held at a time ({@link FileEntry#load}), so large batches fit in memory.
 */
record BatchOnDisk(Path root, double seconds, List<FileEntry> files) {
    static final String REPORT = "report.json";

    /**
     * One line of report.json.
     *
     * @param output    the file's output folder relative to the output root, or null
     * @param pageNumbers the numbers of the pages in its articles.json (none when not done or unreadable)
     * @param problem   why a done file's articles.json could not be read, or null
     */
    record FileEntry(String source, String outcome, String reason, String mediaType, int pages, double seconds,
                     String output, List<Integer> pageNumbers, String problem) {
        FileEntry {
            pageNumbers = List.copyOf(pageNumbers);
        }

        int pageCount() { return pageNumbers.size(); }

        boolean done() { return "done".equals(outcome); }
        boolean failed() { return "failed".equals(outcome); }
        boolean skipped() { return "skipped".equals(outcome); }
        boolean readable() { return done() && problem == null; }

        ArticlesFile load(Path root) throws IOException {
            return ArticlesJson.read(root.resolve(output).resolve(ArticlesJson.FILE));
        }
    }

    BatchOnDisk {
        files = List.copyOf(files);
    }

    int totalPages() {
        return files.stream().mapToInt(FileEntry::pageCount).sum();
    }

    /** @param root absolute and normalised */
    static BatchOnDisk read(Path root) throws IOException {
        Path report = root.resolve(REPORT);
        if (!Files.isRegularFile(report)) throw new IOException("no " + REPORT + " in " + root + "; run the batch first");
        JsonNode json = new ObjectMapper().readTree(report.toFile());
        List<FileEntry> files = new ArrayList<>();
        for (JsonNode f : json.path("files")) files.add(entry(root, f));
        return new BatchOnDisk(root, json.path("totals").path("seconds").asDouble(), files);
    }

    private static FileEntry entry(Path root, JsonNode f) {
        String outcome = f.path("outcome").asText();
        String output = text(f, "output");
        List<Integer> pageNumbers = List.of();
        String problem = null;
        if ("done".equals(outcome)) {
            Path json = output == null ? null : root.resolve(output).normalize().resolve(ArticlesJson.FILE);
            if (json == null) {
                problem = "report.json names no output folder";
            } else if (!json.startsWith(root)) {
                problem = "output folder '" + output + "' lies outside the output folder";
            } else if (!Files.isRegularFile(json)) {
                problem = output + "/" + ArticlesJson.FILE + " is missing";
            } else {
                try {
                    pageNumbers = ArticlesJson.read(json).pages().stream().map(PageInfo::number).toList();
                } catch (IOException | RuntimeException e) {
                    problem = output + "/" + ArticlesJson.FILE + " cannot be read: " + e.getMessage();
                }
            }
        }
        return new FileEntry(f.path("source").asText(), outcome, text(f, "reason"), text(f, "mediaType"),
                f.path("pages").asInt(), f.path("seconds").asDouble(), output, pageNumbers, problem);
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
