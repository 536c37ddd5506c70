package org.broadsheet.batch;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Tells the user where the batch is. On a terminal: a live bar (files and pages done, pages per
 * minute, time left, failures). Otherwise one line per finished file. Nothing with --quiet.
 */
public class Progress {
    private final PrintStream out;
    private final boolean quiet;
    private final boolean live;
    private final AtomicInteger files = new AtomicInteger();
    private final AtomicInteger pages = new AtomicInteger();
    private final AtomicInteger failures = new AtomicInteger();
    private final long start = System.nanoTime();
    private volatile int total;

    /** @param live redraw a bar in place (a terminal) instead of printing a line per file */
    public Progress(PrintStream out, boolean quiet, boolean live) {
        this.out = out;
        this.quiet = quiet;
        this.live = live && !quiet;
    }

    public static Progress silent() {
        return new Progress(System.err, true, false);
    }

    public void start(int fileCount) {
        total = fileCount;
    }

    public void pageDone() {
        pages.incrementAndGet();
        if (live) draw();
    }

    /** Called once per file, from any thread; returns the outcome so it can sit in a future chain. */
    public Outcome finished(Outcome o) {
        int n = files.incrementAndGet();
        if (o.status() == Outcome.Status.FAILED) failures.incrementAndGet();
        if (quiet) return o;
        if (live) {
            if (o.status() == Outcome.Status.FAILED) line("FAILED   " + o.reason());
            draw();
        } else {
            line(String.format(Locale.ROOT, "[%d/%d] %s", n, Math.max(n, total), describe(o)));
        }
        return o;
    }

    public void end() {
        if (live) synchronized (out) {
            out.print("\n");
            out.flush();
        }
    }

    static String describe(Outcome o) {
        return switch (o.status()) {
            case DONE -> o.reused() ? "unchanged " + o.source() + " (done by an earlier run)"
                    : String.format(Locale.ROOT, "done     %s (%d page%s, %.1f s)", o.source(), o.pages(),
                    o.pages() == 1 ? "" : "s", o.seconds());
            case SKIPPED -> "skipped  " + o.source() + ": " + o.reason();
            case FAILED -> "FAILED   " + o.reason();
        };
    }

    private void line(String s) {
        synchronized (out) {
            out.print(live ? "\r\033[K" + s + "\n" : s + "\n");
            out.flush();
        }
    }

    private void draw() {
        int f = files.get(), t = Math.max(total, f), p = pages.get();
        double minutes = (System.nanoTime() - start) / 6e10;
        double ppm = minutes > 0 ? p / minutes : 0;
        String eta = f == 0 ? "?" : formatMinutes(minutes / f * (t - f));
        int width = 24, filled = t == 0 ? width : width * f / t;
        String bar = "#".repeat(filled) + "-".repeat(width - filled);
        synchronized (out) {
            out.printf(Locale.ROOT, "\r\033[K[%s] %d/%d files, %d pages, %.1f pages/min, %s left, %d failed",
                    bar, f, t, p, ppm, eta, failures.get());
            out.flush();
        }
    }

    private static String formatMinutes(double m) {
        if (m < 1) return Math.round(m * 60) + " s";
        if (m < 120) return Math.round(m) + " min";
        return String.format(Locale.ROOT, "%.1f h", m / 60);
    }
}
