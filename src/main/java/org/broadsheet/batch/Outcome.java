package org.broadsheet.batch;

import java.util.List;

/**
 * How one input file ended. Every file found gets exactly one.
 *
 * @param reused true when an earlier run's output was kept because the file and options are unchanged
 */
public record Outcome(String source, Status status, String reason, String mediaType, int pages, double seconds,
                      String outDir, List<String> outputs, boolean reused) {

    public enum Status { DONE, SKIPPED, FAILED }

    public Outcome {
        outputs = List.copyOf(outputs);
    }

    public static Outcome done(String source, String mediaType, int pages, double seconds, String outDir,
                               List<String> outputs) {
        return new Outcome(source, Status.DONE, null, mediaType, pages, seconds, outDir, outputs, false);
    }

    public static Outcome unchanged(Manifest.Entry e, String mediaType) {
        return new Outcome(e.source(), Status.DONE, null, mediaType, e.pages(), 0, e.outDir(), e.outputs(), true);
    }

    public static Outcome skipped(String source, String mediaType, String reason) {
        return new Outcome(source, Status.SKIPPED, reason, mediaType, 0, 0, null, List.of(), false);
    }

    public static Outcome failed(String source, String mediaType, String reason, int pages, double seconds) {
        return new Outcome(source, Status.FAILED, reason, mediaType, pages, seconds, null, List.of(), false);
    }
}
