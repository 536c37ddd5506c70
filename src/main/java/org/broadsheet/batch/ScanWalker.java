package org.broadsheet.batch;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds every file under the scan folder, in a stable order, and gives each an output folder that
 * mirrors its place: {@code dir/name.tif} -> {@code dir/name}. When two files of one folder share a
 * name ({@code a.tif}, {@code a.pdf}) both keep their extension ({@code a.tif} -> {@code a_tif}).
 * Folders that cannot be read are reported, not fatal. Symbolic links are not followed, and the
 * output folder is left out when it lies inside the scan folder.
 */
public final class ScanWalker {

    public record Result(List<InputFile> files, List<Outcome> unreadable) {}

    /** Top-level names broadsheet writes itself; an input of that name gets a trailing underscore. */
    private static final java.util.Set<String> RESERVED = java.util.Set.of("review");

    private ScanWalker() {}

    public static Result walk(Path scans, Path output) throws IOException {
        Path root = scans.toAbsolutePath().normalize();
        Path out = output.toAbsolutePath().normalize();
        List<Path> found = new ArrayList<>();
        List<Outcome> unreadable = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                if (!dir.equals(root) && (dir.startsWith(out) || isHidden(dir))) return FileVisitResult.SKIP_SUBTREE;
                if (!Files.isReadable(dir) || !Files.isExecutable(dir)) {
                    unreadable.add(Outcome.failed(rel(root, dir) + "/", "inode/directory",
                            "folder cannot be read (permission denied); its files were not processed", 0, 0));
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile() && !isHidden(file)) found.add(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                unreadable.add(Outcome.failed(rel(root, file), null, "cannot be read: " + e.getMessage(), 0, 0));
                return FileVisitResult.CONTINUE;
            }
        });
        found.sort(null);
        return new Result(assignOutDirs(root, found), unreadable);
    }

    private static boolean isHidden(Path p) {
        return p.getFileName() != null && p.getFileName().toString().startsWith(".");
    }

    static String rel(Path root, Path p) {
        return root.relativize(p).toString().replace('\\', '/');
    }

    static List<InputFile> assignOutDirs(Path root, List<Path> files) {
        Map<String, Integer> stems = new HashMap<>();
        for (Path f : files) stems.merge(stemKey(root, f), 1, Integer::sum);
        List<InputFile> out = new ArrayList<>();
        for (Path f : files) {
            String relative = rel(root, f);
            String name = f.getFileName().toString();
            boolean clash = stems.get(stemKey(root, f)) > 1;
            String leaf = clash ? name.replace('.', '_') : stem(name);
            String parent = relative.contains("/") ? relative.substring(0, relative.lastIndexOf('/') + 1) : "";
            String dir = parent + safe(leaf);
            if (RESERVED.contains(dir)) dir = dir + "_";
            out.add(new InputFile(f, relative, dir));
        }
        return out;
    }

    private static String stemKey(Path root, Path f) {
        String relative = rel(root, f);
        String parent = relative.contains("/") ? relative.substring(0, relative.lastIndexOf('/')) : "";
        return parent + "/" + stem(f.getFileName().toString()).toLowerCase(Locale.ROOT);
    }

    private static String stem(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** A folder name that cannot escape the output root or clash with broadsheet's own files. */
    private static String safe(String leaf) {
        String s = leaf.replaceAll("[\\x00-\\x1f/\\\\]", "_");
        if (s.isEmpty() || s.equals(".") || s.equals("..")) s = "_" + s;
        return s;
    }
}
