package org.broadsheet.batch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.broadsheet.export.AtomicFiles;

/** The batch's outcomes: report.json, failed.txt and the console summary. */
public record Report(List<Outcome> outcomes, double seconds) {
    public static final String FILE = "report.json";
    public static final String FAILED_FILE = "failed.txt";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public Report {
        outcomes = List.copyOf(outcomes);
    }

    public List<Outcome> with(Outcome.Status s) {
        return outcomes.stream().filter(o -> o.status() == s).toList();
    }

    public List<Outcome> done() { return with(Outcome.Status.DONE); }

    public List<Outcome> failed() { return with(Outcome.Status.FAILED); }

    public int pages() { return done().stream().mapToInt(Outcome::pages).sum(); }

    public void write(Path outputRoot) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode totals = root.putObject("totals");
        totals.put("files", outcomes.size());
        totals.put("done", done().size());
        totals.put("unchanged", done().stream().filter(Outcome::reused).count());
        totals.put("skipped", with(Outcome.Status.SKIPPED).size());
        totals.put("failed", failed().size());
        totals.put("pages", pages());
        totals.put("seconds", Math.round(seconds * 100) / 100.0);
        ArrayNode files = root.putArray("files");
        for (Outcome o : outcomes) {
            ObjectNode n = files.addObject();
            n.put("source", o.source());
            n.put("outcome", o.status().name().toLowerCase(Locale.ROOT));
            if (o.reused()) n.put("unchanged", true);
            if (o.reason() != null) n.put("reason", o.reason());
            n.put("mediaType", o.mediaType());
            n.put("pages", o.pages());
            n.put("seconds", o.seconds());
            if (o.outDir() != null) n.put("output", o.outDir());
            if (!o.outputs().isEmpty()) o.outputs().forEach(n.putArray("files")::add);
        }
        AtomicFiles.writeBytes(outputRoot.resolve(FILE), JSON.writeValueAsBytes(root));
        StringBuilder failed = new StringBuilder();
        for (Outcome o : failed()) failed.append(o.source()).append('\t').append(o.reason()).append('\n');
        AtomicFiles.writeString(outputRoot.resolve(FAILED_FILE), failed.toString());
    }

    public String summary() {
        int processed = done().stream().filter(o -> !o.reused()).mapToInt(Outcome::pages).sum();
        double ppm = seconds > 0 ? processed * 60 / seconds : 0;
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                "%d files: %d done (%d unchanged since an earlier run), %d skipped, %d failed; %d pages processed in %.1f s (%.1f pages/min)%n",
                outcomes.size(), done().size(), done().size() - done().stream().filter(o -> !o.reused()).count(),
                with(Outcome.Status.SKIPPED).size(), failed().size(), processed, seconds, ppm));
        for (Outcome o : with(Outcome.Status.SKIPPED)) sb.append("  skipped ").append(o.source()).append(": ").append(o.reason()).append('\n');
        for (Outcome o : failed()) sb.append("  FAILED  ").append(o.reason()).append('\n');
        return sb.toString();
    }
}
