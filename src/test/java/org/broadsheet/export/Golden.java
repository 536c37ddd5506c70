package org.broadsheet.export;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Compares text with src/test/resources/golden/NAME; on mismatch writes NAME.actual beside it. */
final class Golden {
    static final Path DIR = Path.of("src", "test", "resources", "golden");

    private Golden() {}

    static void check(String name, String actual) throws IOException {
        Path golden = DIR.resolve(name);
        Path actualFile = DIR.resolve(name + ".actual");
        if (Files.isRegularFile(golden) && Files.readString(golden, StandardCharsets.UTF_8).equals(actual)) {
            Files.deleteIfExists(actualFile);
            return;
        }
        Files.createDirectories(DIR);
        Files.writeString(actualFile, actual, StandardCharsets.UTF_8);
        fail((Files.isRegularFile(golden) ? "output differs from " : "no golden file ") + golden
                + "; see: diff " + golden + " " + actualFile + " (copy it over the golden file if the change is right)");
    }
}
