package org.broadsheet.batch;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/** Tells the user where the batch is: one line per finished file (or nothing with --quiet). */
public class Progress {
    private final PrintStream out;
    private final boolean quiet;
    private final AtomicInteger finished = new AtomicInteger();
    private volatile int total;

    public Progress(PrintStream out, boolean quiet) {
        this.out = out;
        this.quiet = quiet;
    }

    public static Progress silent() {
        return new Progress(System.err, true);
    }

    public void start(int files) {
        total = files;
    }

    /** Called once per file, from any thread; returns the outcome so it can sit in a future chain. */
    public Outcome finished(Outcome o) {
        int n = finished.incrementAndGet();
        if (!quiet) {
            String what = switch (o.status()) {
                case DONE -> String.format(Locale.ROOT, "done     %s (%d page%s, %.1f s)", o.source(), o.pages(),
                        o.pages() == 1 ? "" : "s", o.seconds());
                case SKIPPED -> "skipped  " + o.source() + ": " + o.reason();
                case FAILED -> "FAILED   " + o.reason();
            };
            synchronized (out) {
                out.printf("[%d/%d] %s%n", n, Math.max(n, total), what);
            }
        }
        return o;
    }
}
