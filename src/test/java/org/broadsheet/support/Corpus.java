package org.broadsheet.support;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** The shared corpus of real newspaper scans beside the checkout; tests using it skip where it is absent. */
public final class Corpus {
    public static final Path ROOT = Path.of("..", "shared", "corpus").toAbsolutePath().normalize();

    private Corpus() {}

    /** A file of the corpus, or skips the calling test with a message saying what is missing. */
    public static Path require(String relative) {
        Path p = ROOT.resolve(relative);
        Assumptions.assumeTrue(Files.exists(p), "corpus file " + p + " is absent; skipping (see ../shared/corpus/README.md)");
        return p;
    }
}
