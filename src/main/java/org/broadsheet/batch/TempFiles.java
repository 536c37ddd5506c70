package org.broadsheet.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.broadsheet.export.AtomicFiles;

/** Removes the temporary files a killed run left behind (they never carry a final name). */
final class TempFiles {
    private TempFiles() {}

    static void sweep(Path outputRoot) throws IOException {
        List<Path> leftovers;
        try (Stream<Path> s = Files.walk(outputRoot)) {
            leftovers = s.filter(p -> {
                String n = p.getFileName().toString();
                return n.startsWith(".") && n.endsWith(AtomicFiles.TEMP_SUFFIX) && Files.isRegularFile(p);
            }).toList();
        }
        for (Path p : leftovers) Files.deleteIfExists(p);
    }
}
