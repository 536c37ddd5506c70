package org.broadsheet.batch;

import java.util.List;

/** How one input file ended. Every file found gets exactly one. */
public record Outcome(String source, Status status, String reason, String mediaType, int pages, double seconds,
                      String outDir, List<String> outputs) {

    public enum Status { DONE, SKIPPED, FAILED }

    public Outcome {
        outputs = List.copyOf(outputs);
    }

    public static Outcome skipped(String source, String mediaType, String reason) {
        return new Outcome(source, Status.SKIPPED, reason, mediaType, 0, 0, null, List.of());
    }

    public static Outcome failed(String source, String mediaType, String reason, int pages, double seconds) {
        return new Outcome(source, Status.FAILED, reason, mediaType, pages, seconds, null, List.of());
    }
}
