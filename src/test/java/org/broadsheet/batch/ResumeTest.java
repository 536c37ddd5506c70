package org.broadsheet.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.broadsheet.Options;
import org.broadsheet.Pipeline;
import org.broadsheet.support.FakeOcrEngine;
import org.broadsheet.support.SlowBatchMain;
import org.broadsheet.support.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Re-running a batch skips what is done and unchanged, and a batch killed at any moment resumes to the same result. */
class ResumeTest {
    @TempDir
    Path tmp;

    private Path scans(int files) throws IOException {
        Path scans = tmp.resolve("scans");
        for (int i = 0; i < files; i++) {
            TestFiles.write(scans.resolve("issue-" + (i % 3) + "/page " + i + ".png"),
                    TestFiles.encode(TestFiles.textPage(200 + i, 100, "p" + i), "png"));
        }
        return scans;
    }

    private Report run(Path scans, Path out, boolean force, String lang) throws Exception {
        Options o = new Options(scans, out, lang, 2, null, Set.of("json", "text"), false, force, 900, "folder", false, java.util.Map.of());
        return new BatchRunner(o, Pipeline.standard(), langs -> new FakeOcrEngine(), Progress.silent()).run();
    }

    @Test
    void unchangedFilesAreSkippedChangedOnesRedone() throws Exception {
        Path scans = scans(6);
        Path out = tmp.resolve("out");
        assertEquals(6, run(scans, out, false, "eng").done().stream().filter(o -> !o.reused()).count());

        Report again = run(scans, out, false, "eng");
        assertEquals(6, again.done().size());
        assertTrue(again.done().stream().allMatch(Outcome::reused), "nothing redone");

        Path changed = scans.resolve("issue-1/page 1.png");
        Files.write(changed, TestFiles.encode(TestFiles.textPage(333, 100, "new"), "png"));
        Path touched = scans.resolve("issue-2/page 2.png");
        Files.setLastModifiedTime(touched, FileTime.fromMillis(System.currentTimeMillis() + 60_000));
        Report third = run(scans, out, false, "eng");
        List<String> redone = third.done().stream().filter(o -> !o.reused()).map(Outcome::source).toList();
        assertEquals(List.of("issue-1/page 1.png"), redone, "only the changed file; a touched file with the same content is kept");
        assertTrue(Files.readString(out.resolve("issue-1/page 1/text.txt")).contains("333x100"));

        Files.delete(out.resolve("issue-0/page 0/text.txt"));
        assertEquals(1, run(scans, out, false, "eng").done().stream().filter(o -> !o.reused()).count(),
                "a file whose output went missing is redone");
        assertEquals(6, run(scans, out, false, "chi_sim").done().stream().filter(o -> !o.reused()).count(),
                "other options redo everything");
        assertEquals(6, run(scans, out, true, "chi_sim").done().stream().filter(o -> !o.reused()).count(), "--force");
    }

    @Test
    void aBatchKilledAtAnyMomentResumesToTheSameOutputs() throws Exception {
        Path scans = scans(24);
        Path reference = tmp.resolve("reference");
        runProcess(scans, reference, -1);
        Map<String, String> expected = outputs(reference);
        assertEquals(24 * 2 + 2, expected.keySet().stream().filter(k -> !k.startsWith("review/")).count(), expected.keySet().toString());
        assertEquals(24, expected.keySet().stream().filter(k -> k.startsWith("review/images/") && k.endsWith(".jpg")).count(),
                "the review's page images, written while the batch ran");

        Path out = tmp.resolve("killed");
        List<Long> killTimes = List.of(700L, 1200L, 1700L, 2200L);
        int killed = 0;
        for (long at : killTimes) {
            if (runProcess(scans, out, at)) killed++;
            try (Stream<Path> s = Files.walk(out)) {
                for (Path p : s.filter(Files::isRegularFile).toList()) {
                    String n = p.getFileName().toString();
                    if (n.endsWith(".json")) assertTrue(Files.size(p) > 0, "no empty final file: " + p);
                }
            }
        }
        assertTrue(killed >= 2, "the kills must land while the batch runs: " + killed);
        runProcess(scans, out, -1);
        assertEquals(expected, outputs(out), "after kills and a resume, every output is byte-identical");
    }

    /** Runs the batch in a separate JVM; kills it with SIGKILL after {@code killAfterMs} (or lets it finish). */
    private static boolean runProcess(Path scans, Path out, long killAfterMs) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Djava.awt.headless=true",
                SlowBatchMain.class.getName(), scans.toString(), out.toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (killAfterMs < 0) {
            assertTrue(p.waitFor(120, TimeUnit.SECONDS), "batch finishes");
            assertEquals(0, p.exitValue());
            return false;
        }
        if (p.waitFor(killAfterMs, TimeUnit.MILLISECONDS)) return false;
        p.destroyForcibly(); // SIGKILL: no shutdown hooks, no cleanup
        p.waitFor();
        return true;
    }

    /**
     * Every output file and its bytes, except report.json and the review's index page, which describe
     * the run (times, what was reused).
     */
    private static Map<String, String> outputs(Path root) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                String rel = root.relativize(p).toString();
                if (rel.equals(Report.FILE) || rel.equals("review/index.html")) continue;
                assertFalse(rel.endsWith(".part"), "temporary file left: " + rel);
                out.put(rel, Checksums.sha256(p));
            }
        }
        return out;
    }
}
