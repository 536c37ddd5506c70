package org.broadsheet.testpages;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Writes sample pages as PNG plus truth JSON. Usage:
 * {@code RenderSamples OUT_DIR [--seed N] [--scan] [NAME...]} where NAME is a recipe of
 * {@link SamplePages#all(long)} (all when none given); {@code --scan} applies a typical scan degradation.
 */
public final class RenderSamples {

    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            System.err.println("usage: RenderSamples OUT_DIR [--seed N] [--scan] [NAME...]");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        long seed = 1;
        boolean scan = false;
        List<String> names = new java.util.ArrayList<>();
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        for (int i = 0; i < rest.size(); i++) {
            switch (rest.get(i)) {
                case "--seed" -> seed = Long.parseLong(rest.get(++i));
                case "--scan" -> scan = true;
                default -> names.add(rest.get(i));
            }
        }
        for (SamplePages.Named page : SamplePages.all(seed)) {
            if (!names.isEmpty() && !names.contains(page.name())) continue;
            PageSpec spec = scan ? page.spec().toBuilder().degradation(Degradation.scan(seed)).build() : page.spec();
            long t0 = System.nanoTime();
            RenderedPage r = PageRenderer.render(spec);
            Path png = r.save(out, page.name());
            System.out.printf("%-14s %dx%d %d articles (%d omitted) %d lines %d ms -> %s%n", page.name(), r.width(),
                    r.height(), r.truth().articles().size(), r.truth().omitted().size(), r.truth().allLines().size(),
                    (System.nanoTime() - t0) / 1_000_000, png);
        }
    }
}
