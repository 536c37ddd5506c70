package org.broadsheet.ocr;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.broadsheet.error.BroadsheetException;
import org.broadsheet.error.ExitCodes;

/**
 * Finds the traineddata for a set of languages: an explicit folder if given, else the project's
 * {@code tessdata/}, then {@code TESSDATA_PREFIX}, then the system's folders. The first folder that
 * holds every requested language wins.
 */
public final class TessdataLocator {

    /** A folder that holds every language of {@code languages} (a {@code +}-joined list). */
    public record Resolved(Path dir, String languages) {}

    private static final List<String> SYSTEM_DIRS = List.of(
            "/usr/share/tesseract-ocr/5/tessdata", "/usr/share/tesseract-ocr/4.00/tessdata",
            "/usr/share/tessdata", "/usr/local/share/tessdata");

    private TessdataLocator() {}

    public static Resolved resolve(String languages, Path explicit, Path projectTessdata) {
        if (languages == null || !languages.matches("[A-Za-z0-9_]+(\\+[A-Za-z0-9_]+)*")) {
            throw new BroadsheetException(ExitCodes.USAGE, "invalid --lang '" + languages + "'",
                    "give traineddata names joined with '+', for example chi_sim+eng");
        }
        List<String> wanted = List.of(languages.split("\\+"));
        List<Path> candidates = candidates(explicit, projectTessdata);
        for (Path dir : candidates) {
            Set<String> have = installed(dir);
            if (have.containsAll(wanted)) return new Resolved(dir, languages);
        }
        Set<String> all = new TreeSet<>();
        candidates.forEach(d -> all.addAll(installed(d)));
        List<String> missing = wanted.stream().filter(l -> !all.contains(l)).toList();
        String msg = missing.isEmpty()
                ? "languages " + languages + " are not installed together in one tessdata folder"
                : "language " + String.join(", ", missing) + " is not installed";
        throw new BroadsheetException(ExitCodes.OCR_SETUP, msg + " (installed: "
                + (all.isEmpty() ? "none" : String.join(", ", all)) + ")",
                "install it (Debian: apt-get install tesseract-ocr-" + (missing.isEmpty() ? "LANG" : missing.get(0).replace('_', '-'))
                        + ") or point --tessdata at a folder that holds its .traineddata");
    }

    static List<Path> candidates(Path explicit, Path projectTessdata) {
        if (explicit != null) return List.of(explicit);
        Set<Path> dirs = new LinkedHashSet<>();
        if (projectTessdata != null) dirs.add(projectTessdata);
        String prefix = System.getenv("TESSDATA_PREFIX");
        if (prefix != null && !prefix.isBlank()) {
            Path p = Path.of(prefix);
            dirs.add(Files.isDirectory(p.resolve("tessdata")) ? p.resolve("tessdata") : p);
        }
        SYSTEM_DIRS.forEach(s -> dirs.add(Path.of(s)));
        return new ArrayList<>(dirs);
    }

    /** Language names with a .traineddata file in {@code dir}; empty if the folder is missing. */
    public static Set<String> installed(Path dir) {
        Set<String> out = new TreeSet<>();
        if (!Files.isDirectory(dir)) return out;
        try (Stream<Path> s = Files.list(dir)) {
            s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".traineddata"))
                    .forEach(n -> out.add(n.substring(0, n.length() - ".traineddata".length())));
        } catch (IOException e) {
            return out;
        }
        return out;
    }
}
