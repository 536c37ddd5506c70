package org.broadsheet.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.broadsheet.cli.Main;
import org.broadsheet.support.TestFiles;
import org.broadsheet.testpages.TesseractCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command as an archivist runs it, real Tesseract and every output format: killed with SIGKILL
 * part-way several times and run again, it ends with the same bytes as a run left alone.
 */
class KillResumeRealOcrTest {
    @TempDir
    Path tmp;

    @Test
    void theRealCommandKilledAndRerunEndsWithTheSameOutputs() throws Exception {
        assumeTrue(TesseractCli.unavailable("eng") == null, "the eng model is not installed");
        Path scans = tmp.resolve("scans");
        for (int i = 0; i < 10; i++) {
            TestFiles.write(scans.resolve("issue " + (i % 2) + "/page " + i + ".png"), TestFiles.encode(TestFiles.textPage(1300, 330,
                    "Report number " + i + " of the harbour board,", "read at the meeting on Tuesday last,",
                    "was adopted without a division."), "png"));
        }
        Path reference = tmp.resolve("reference");
        assertEquals(0, run(scans, reference, -1));
        Map<String, String> expected = outputs(reference);
        assertTrue(expected.keySet().stream().anyMatch(k -> k.endsWith(".docx")) && expected.containsKey("index.csv"), expected.keySet().toString());

        Path out = tmp.resolve("killed");
        int killed = 0;
        for (int doneBeforeKill : new int[] {0, 3, 6}) {
            if (run(scans, out, doneBeforeKill) < 0) killed++;
        }
        assertTrue(killed >= 2, "the kills must land while the batch runs: " + killed);
        assertEquals(0, run(scans, out, -1));
        Map<String, String> actual = outputs(out);
        List<String> differ = new ArrayList<>(expected.keySet());
        actual.keySet().forEach(k -> { if (!differ.contains(k)) differ.add(k); });
        differ.removeIf(k -> java.util.Objects.equals(expected.get(k), actual.get(k)));
        assertEquals(List.of(), differ, "after kills and a re-run, every output is byte-identical; these differ or are missing");
    }

    /**
     * Runs the command in its own JVM. With {@code killAfterFiles >= 0} it is killed with SIGKILL as soon
     * as that many files are recorded as done (0: while it starts up); returns -1 when it was killed.
     */
    private static int run(Path scans, Path out, int killAfterFiles) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Djava.awt.headless=true", Main.class.getName(),
                "run", scans.toString(), "-o", out.toString(), "--lang", "eng", "--jobs", "2", "--quiet"));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("OMP_THREAD_LIMIT", "1");
        Process p = pb.start();
        if (killAfterFiles < 0) {
            assertTrue(p.waitFor(300, TimeUnit.SECONDS), "batch finishes");
            return p.exitValue();
        }
        Path manifest = out.resolve(Manifest.FILE);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
        while (p.isAlive() && System.nanoTime() < deadline) {
            if (killAfterFiles == 0 ? Files.exists(out) : doneCount(manifest) >= killAfterFiles) break;
            Thread.sleep(20);
        }
        if (!p.isAlive()) return p.exitValue();
        p.destroyForcibly(); // SIGKILL: no shutdown hooks, no cleanup
        p.waitFor();
        return -1;
    }

    private static long doneCount(Path manifest) {
        try {
            return Files.exists(manifest) ? Files.readAllLines(manifest).stream().filter(l -> !l.isBlank()).count() : 0;
        } catch (IOException e) {
            return 0; // being written
        }
    }

    /**
     * Every output file and its bytes, except what describes the run: report.json and the review's index
     * page (times, what was reused) and each DOCX's creation time (its docProps/core.xml).
     */
    private static Map<String, String> outputs(Path root) throws Exception {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                String rel = root.relativize(p).toString();
                assertFalse(rel.endsWith(".part"), "temporary file left: " + rel);
                if (rel.equals(Report.FILE) || rel.equals("review/index.html")) continue;
                out.put(rel, rel.endsWith(".docx") ? docxDigest(p) : Checksums.sha256(p));
            }
        }
        return out;
    }

    private static String docxDigest(Path docx) throws Exception {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        try (ZipFile zip = new ZipFile(docx.toFile())) {
            for (ZipEntry e : zip.stream().sorted(java.util.Comparator.comparing(ZipEntry::getName)).toList()) {
                if (e.getName().equals("docProps/core.xml")) continue;
                md.update(e.getName().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                try (InputStream in = zip.getInputStream(e)) {
                    md.update(in.readAllBytes());
                }
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }
}
