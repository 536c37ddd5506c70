package org.broadsheet.bench;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.broadsheet.bench.BenchPages.Kind;
import org.broadsheet.bench.BenchPages.Page;
import org.broadsheet.bench.BenchPages.TruthItem;
import org.broadsheet.bench.Readers.Output;
import org.broadsheet.bench.Scoring.Piece;
import org.broadsheet.bench.Scoring.Unit;

/**
 * Article quality of broadsheet against plain Tesseract on the same pages: article precision,
 * recall and F1, exact titles, reading order (Kendall tau over matched articles) and page CER.
 * Usage: QualityBenchmark [--quick] [--only NAME-PREFIX] [--verbose]
 * OCR results are cached in target/bench-ocr-cache (see {@link OcrCache}); delete it to re-run OCR.
 */
public final class QualityBenchmark {

    record Score(int out, int truth, int matched, int titles, int titleTotal, double tau, double cer) {}

    private static boolean VERBOSE;

    public static void main(String[] args) throws Exception {
        VERBOSE = List.of(args).contains("--verbose");
        boolean quick = List.of(args).contains("--quick");
        String only = List.of(args).contains("--only") ? args[List.of(args).indexOf("--only") + 1] : "";
        Path corpus = Path.of("..", "shared", "corpus").toAbsolutePath().normalize();
        List<Page> pages = new ArrayList<>(BenchPages.rendered(quick));
        pages.addAll(BenchPages.deseret(corpus, quick));
        pages.addAll(BenchPages.nzz(corpus, quick));
        pages.removeIf(p -> !p.name().startsWith(only));
        if (!Files.isDirectory(corpus)) System.out.println("corpus not found at " + corpus + ": real pages skipped");
        Path overlays = Path.of("target", "bench-overlays");
        Files.createDirectories(overlays);

        OcrCache cache = new OcrCache(Path.of("target", "bench-ocr-cache"));
        // Daemon workers: a page that throws ends the benchmark with its stack trace instead of hanging it.
        ExecutorService pool = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r);
            t.setDaemon(true);
            return t;
        });
        List<Future<Output>> ours = new ArrayList<>(), theirs = new ArrayList<>();
        for (Page p : pages) {
            ours.add(pool.submit(() -> Readers.broadsheet(p.image().load(), p.dpi(), p.lang(), overlays.resolve(p.name() + ".png"), cache)));
            theirs.add(pool.submit(() -> Readers.tesseract(p.image().load(), p.dpi(), p.lang(), cache)));
        }
        System.out.printf("%-20s | %-46s | %-46s%n", "page", "broadsheet: P R F1 titles tau CER", "tesseract --psm 3: P R F1 titles tau CER");
        List<Score[]> all = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            Page p = pages.get(i);
            long t0 = System.currentTimeMillis();
            Score a = score(p, ours.get(i).get(), VERBOSE), b = score(p, theirs.get(i).get(), false);
            all.add(new Score[] {a, b});
            System.out.printf("%-20s | %s | %s%n", p.name(), fmt(a, p.kind()), fmt(b, p.kind()));
            System.out.flush();
        }
        pool.shutdown();
        System.out.println();
        for (Kind k : Kind.values()) {
            List<Score[]> ks = new ArrayList<>();
            for (int i = 0; i < pages.size(); i++) if (pages.get(i).kind() == k) ks.add(all.get(i));
            if (ks.isEmpty()) continue;
            System.out.printf("%-20s | %s | %s%n", "TOTAL " + k, fmt(total(ks, 0), k), fmt(total(ks, 1), k));
            int better = 0;
            for (Score[] s : ks) if (Double.isNaN(s[1].tau()) || s[0].tau() > s[1].tau() || s[0].tau() == 1) better++;
            System.out.printf("  reading order better than plain Tesseract (or perfect) on %d of %d pages%n", better, ks.size());
        }
        System.out.println();
        System.out.println("Targets: rendered pages article F1 >= 0.95 and titles >= 0.90 exact; Deseret News article F1 >= 0.80;");
        System.out.println("         reading order better than plain Tesseract on every page. Overlays: " + overlays.toAbsolutePath());
        System.exit(0);
    }

    static Score score(Page p, Output o, boolean verbose) {
        List<Unit> units = o.units().stream().filter(u -> !u.text().isBlank()).toList();
        List<TruthItem> truth = p.truth();
        double[][] shared = new double[units.size()][truth.size()];
        double[] outSize = new double[units.size()], truthSize = new double[truth.size()];
        if (p.kind() == Kind.RENDERED) {
            List<Map<String, Integer>> tb = truth.stream().map(t -> Scoring.bag(t.text())).toList();
            for (int t = 0; t < truth.size(); t++) truthSize[t] = Scoring.size(tb.get(t));
            for (int u = 0; u < units.size(); u++) {
                Map<String, Integer> ub = Scoring.bag(units.get(u).text());
                outSize[u] = Scoring.size(ub);
                for (int t = 0; t < truth.size(); t++) shared[u][t] = Scoring.common(ub, tb.get(t));
            }
        } else {
            for (int u = 0; u < units.size(); u++) {
                for (Piece pc : units.get(u).lines()) {
                    int n = pc.text().replaceAll("\\W", "").length();
                    outSize[u] += n;
                    int t = zoneOf(truth, pc);
                    if (t >= 0) {
                        shared[u][t] += n;
                        truthSize[t] += n;
                    }
                }
            }
        }
        Map<Integer, Integer> m = Scoring.match(shared, outSize, truthSize);
        if (verbose && p.kind() != Kind.NZZ) {
            for (int u = 0; u < units.size(); u++) {
                if (m.containsKey(u)) continue;
                String t = units.get(u).text().replace('\n', ' ');
                System.out.println("    unmatched output: " + t.substring(0, Math.min(60, t.length())));
            }
        }
        List<Integer> order = new ArrayList<>();
        int titles = 0;
        for (int u = 0; u < units.size(); u++) {
            if (p.kind() == Kind.NZZ) {
                for (Piece pc : units.get(u).lines()) {
                    int t = zoneOf(truth, pc);
                    if (t >= 0 && !order.contains(t)) order.add(t);
                }
                continue;
            }
            Integer t = m.get(u);
            if (t == null) continue;
            order.add(t);
            String want = Scoring.titleKey(truth.get(t).title()), got = Scoring.titleKey(units.get(u).title());
            if (want.isEmpty()) continue;
            boolean ok = p.kind() == Kind.RENDERED ? want.equals(got) : Scoring.cer(want, got) <= 0.2;
            if (ok) titles++;
            else if (verbose) System.out.println("    title: want \"" + truth.get(t).title() + "\" got \"" + units.get(u).title() + "\"");
        }
        if (verbose && p.kind() == Kind.NZZ) System.out.println("    truth regions in output order: " + order);
        int titleTotal = (int) truth.stream().filter(t -> t.title() != null && !t.title().isBlank()).count();
        double cer = p.truthText() == null ? Double.NaN
                : Scoring.cer(Scoring.normalise(p.truthText(), p.cjk()), Scoring.normalise(o.pageText(), p.cjk()));
        int truthCount = p.kind() == Kind.NZZ ? 0 : truth.size();
        return new Score(p.kind() == Kind.NZZ ? 0 : units.size(), truthCount, m.size(), titles, titleTotal, Scoring.kendall(order), cer);
    }

    private static int zoneOf(List<TruthItem> truth, Piece pc) {
        double cx = pc.box().centerX(), cy = pc.box().centerY();
        for (int t = 0; t < truth.size(); t++) {
            for (var z : truth.get(t).zones()) {
                if (cx >= z.x() && cx < z.right() && cy >= z.y() && cy < z.bottom()) return t;
            }
        }
        return -1;
    }

    private static Score total(List<Score[]> ks, int side) {
        int out = 0, truth = 0, matched = 0, titles = 0, titleTotal = 0;
        double tau = 0, cer = 0;
        int nt = 0, nc = 0;
        for (Score[] s : ks) {
            Score x = s[side];
            out += x.out();
            truth += x.truth();
            matched += x.matched();
            titles += x.titles();
            titleTotal += x.titleTotal();
            if (!Double.isNaN(x.tau())) { tau += x.tau(); nt++; }
            if (!Double.isNaN(x.cer())) { cer += x.cer(); nc++; }
        }
        return new Score(out, truth, matched, titles, titleTotal, nt == 0 ? Double.NaN : tau / nt, nc == 0 ? Double.NaN : cer / nc);
    }

    private static String fmt(Score s, Kind k) {
        double p = s.out() == 0 ? 0 : (double) s.matched() / s.out(), r = s.truth() == 0 ? 0 : (double) s.matched() / s.truth();
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        String art = k == Kind.NZZ ? String.format("%-21s", "articles n/a")
                : String.format(Locale.ROOT, "%.2f %.2f %.2f %2d/%-2d", p, r, f, s.matched(), s.truth());
        String tit = k == Kind.NZZ ? "  -  " : String.format(Locale.ROOT, "%2d/%-2d", s.titles(), s.titleTotal());
        return String.format(Locale.ROOT, "%s %s %5s %5s", art, tit, nan(s.tau(), "%+.2f"), nan(s.cer(), "%.3f"));
    }

    private static String nan(double v, String f) {
        return Double.isNaN(v) ? "  -  " : String.format(Locale.ROOT, f, v);
    }
}
