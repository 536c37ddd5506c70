package org.broadsheet.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.broadsheet.export.AtomicFiles;

/**
 * What earlier runs finished, so a re-run skips it. A journal of one JSON line per finished file,
 * appended and synced as each file ends; a line cut short by a kill is ignored when read back, and
 * the journal is rewritten compactly (atomically) at the end of each run.
 */
public final class Manifest implements AutoCloseable {
    public static final String FILE = "manifest.jsonl";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One finished file: what it was, how it was processed, and what was written for it. */
    public record Entry(String source, long size, long mtime, String sha256, String resultKey, String version,
                        int pages, String outDir, List<String> outputs) {
        public Entry {
            outputs = List.copyOf(outputs);
        }
    }

    private final Path file;
    private final Map<String, Entry> entries;
    private FileChannel journal;

    private Manifest(Path file, Map<String, Entry> entries) {
        this.file = file;
        this.entries = entries;
    }

    public static Manifest open(Path outputRoot) throws IOException {
        Path file = outputRoot.resolve(FILE);
        Map<String, Entry> entries = new LinkedHashMap<>();
        if (Files.exists(file)) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                Entry e = parse(line);
                if (e == null) continue;
                if (e.sha256() == null) entries.remove(e.source());
                else entries.put(e.source(), e);
            }
        }
        return new Manifest(file, entries);
    }

    /** Forgets everything (for --force). */
    public synchronized void clear() {
        entries.clear();
    }

    public synchronized Entry get(String source) {
        return entries.get(source);
    }

    /** Removes a file's entry before it is redone, so a kill mid-way cannot leave a stale "done". */
    public synchronized void forget(String source) throws IOException {
        if (entries.remove(source) != null) append(tombstone(source));
    }

    public synchronized void record(Entry e) throws IOException {
        entries.put(e.source(), e);
        append(JSON.valueToTree(e));
    }

    private void append(JsonNode node) throws IOException {
        if (journal == null) {
            journal = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
            // A line cut short by an earlier kill must not swallow the next one.
            if (journal.size() > 0) journal.write(java.nio.ByteBuffer.wrap(new byte[] {'\n'}));
        }
        byte[] line = (JSON.writeValueAsString(node) + "\n").getBytes(StandardCharsets.UTF_8);
        journal.write(java.nio.ByteBuffer.wrap(line));
        journal.force(false);
    }

    private static ObjectNode tombstone(String source) {
        ObjectNode n = JSON.createObjectNode();
        n.put("source", source);
        n.put("removed", true);
        return n;
    }

    private static Entry parse(String line) {
        if (line.isBlank()) return null;
        try {
            JsonNode n = JSON.readTree(line);
            if (n.path("removed").asBoolean(false)) return new Entry(n.path("source").asText(), -1, -1, null, null, null, 0, null, List.of());
            return JSON.treeToValue(n, Entry.class);
        } catch (IOException e) {
            return null;
        }
    }

    /** Rewrites the journal with one line per file still done. */
    @Override
    public synchronized void close() throws IOException {
        if (journal != null) journal.close();
        journal = null;
        StringBuilder sb = new StringBuilder();
        // Sorted, so that the same finished work gives the same file however the workers interleaved.
        for (Entry e : new java.util.TreeMap<>(entries).values()) sb.append(JSON.writeValueAsString(e)).append('\n');
        AtomicFiles.writeString(file, sb.toString());
    }
}
