package org.broadsheet.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.broadsheet.Options;
import org.broadsheet.Pipeline;
import org.broadsheet.support.BadFiles;
import org.broadsheet.support.FakeOcrEngine;
import org.broadsheet.support.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of bad input ends as one clear outcome, and the rest of the batch goes on. */
class BadInputTest {
    @TempDir
    Path tmp;

    @Test
    void everyBadFileIsReportedAndTheGoodOnesAreDone() throws Exception {
        Path scans = tmp.resolve("scans");
        byte[] png = TestFiles.encode(TestFiles.textPage(400, 300, "hello"), "png");
        TestFiles.write(scans.resolve("good.png"), png);
        TestFiles.write(scans.resolve("issue 1/报纸 第1版.png"), png);
        TestFiles.write(scans.resolve("issue 1/it's \"quoted\".png"), png);
        TestFiles.write(scans.resolve("two/a.png"), png);
        TestFiles.write(scans.resolve("two/a.tif"), BadFiles.g4Tiff(TestFiles.textPage(300, 200, "one"),
                TestFiles.textPage(320, 200, "two")));
        TestFiles.write(scans.resolve("empty.tif"), new byte[0]);
        TestFiles.write(scans.resolve("cut.tif"), BadFiles.truncated(BadFiles.g4Tiff(TestFiles.textPage(900, 900, "x"))));
        TestFiles.write(scans.resolve("text.tif"), "just some text\n".getBytes(StandardCharsets.UTF_8));
        TestFiles.write(scans.resolve("bomb.png"), BadFiles.pngClaiming(100_000, 100_000));
        TestFiles.write(scans.resolve("locked.pdf"), BadFiles.encryptedPdf());
        TestFiles.write(scans.resolve("broken.pdf"), BadFiles.brokenPdf());
        TestFiles.write(scans.resolve("nopages.pdf"), BadFiles.pdfWithoutPages());
        TestFiles.write(scans.resolve("README.txt"), "notes about this issue\n".getBytes(StandardCharsets.UTF_8));
        Map<String, String> before = TestFiles.fingerprint(scans);

        Path out = tmp.resolve("out");
        Report report = run(scans, out);

        Map<String, Outcome> bySource = new HashMap<>();
        report.outcomes().forEach(o -> bySource.put(o.source(), o));
        assertEquals(13, bySource.size(), "one outcome per file: " + bySource.keySet());
        for (String good : Set.of("good.png", "issue 1/报纸 第1版.png", "issue 1/it's \"quoted\".png", "two/a.png", "two/a.tif")) {
            assertEquals(Outcome.Status.DONE, bySource.get(good).status(), good + ": " + bySource.get(good).reason());
        }
        assertEquals(2, bySource.get("two/a.tif").pages(), "multi-page G4 TIFF");
        assertEquals(Outcome.Status.SKIPPED, bySource.get("README.txt").status());
        assertTrue(bySource.get("README.txt").reason().contains("text/plain"));
        assertFailed(bySource, "empty.tif", "empty file");
        assertFailed(bySource, "cut.tif", "damaged");
        assertFailed(bySource, "text.tif", "text/plain");
        assertFailed(bySource, "bomb.png", "100000x100000");
        assertFailed(bySource, "locked.pdf", "encrypted");
        assertFailed(bySource, "broken.pdf", "damaged PDF");
        assertFailed(bySource, "nopages.pdf", "no pages");

        // Same-named inputs get separate folders; the structure of the scan folder is mirrored.
        assertTrue(Files.isRegularFile(out.resolve("two/a_png/articles.json")));
        assertTrue(Files.isRegularFile(out.resolve("two/a_tif/articles.json")));
        assertTrue(Files.isRegularFile(out.resolve("issue 1/报纸 第1版/text.txt")));
        assertTrue(Files.readString(out.resolve("two/a_tif/text.txt")).contains("page 2 320x200"));

        JsonNode json = new ObjectMapper().readTree(out.resolve(Report.FILE).toFile());
        assertEquals(7, json.path("totals").path("failed").asInt());
        assertEquals(5, json.path("totals").path("done").asInt());
        assertEquals(1, json.path("totals").path("skipped").asInt());
        String failedTxt = Files.readString(out.resolve(Report.FAILED_FILE));
        assertEquals(7, failedTxt.lines().count());
        assertTrue(failedTxt.contains("bomb.png"));

        assertEquals(before, TestFiles.fingerprint(scans), "sources must not change");
        try (Stream<Path> s = Files.walk(out)) {
            assertFalse(s.anyMatch(p -> p.getFileName().toString().endsWith(".part")), "no temporary files left");
        }
    }

    @Test
    void aFolderThatCannotBeReadIsReported() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeFalse("root".equals(System.getProperty("user.name")),
                "running as root: permissions do not stop root from reading, so this case cannot be made here");
        Path scans = tmp.resolve("scans");
        TestFiles.write(scans.resolve("ok.png"), TestFiles.encode(TestFiles.textPage(300, 200, "x"), "png"));
        Path locked = Files.createDirectories(scans.resolve("locked"));
        TestFiles.write(locked.resolve("p.png"), TestFiles.encode(TestFiles.textPage(300, 200, "x"), "png"));
        Path secret = TestFiles.write(scans.resolve("secret.png"), TestFiles.encode(TestFiles.textPage(300, 200, "x"), "png"));
        try {
            locked.toFile().setExecutable(false);
            locked.toFile().setReadable(false);
            secret.toFile().setReadable(false);
            Report report = run(scans, tmp.resolve("out"));
            assertEquals(1, report.done().size());
            assertEquals(2, report.failed().size(), report.summary());
        } finally {
            locked.toFile().setExecutable(true);
            locked.toFile().setReadable(true);
            secret.toFile().setReadable(true);
        }
    }

    private static void assertFailed(Map<String, Outcome> bySource, String name, String reasonPart) {
        Outcome o = bySource.get(name);
        assertEquals(Outcome.Status.FAILED, o.status(), name);
        assertTrue(o.reason().contains(name), "reason names the file: " + o.reason());
        assertTrue(o.reason().contains(reasonPart), name + ": '" + o.reason() + "' should say " + reasonPart);
        assertFalse(o.reason().contains("\n"), "one line: " + o.reason());
    }

    static Report run(Path scans, Path out) throws IOException, InterruptedException {
        Options options = new Options(scans, out, "eng", 2, null, Set.of("json", "text"), false);
        return new BatchRunner(options, Pipeline.standard(), langs -> new FakeOcrEngine(), Progress.silent()).run();
    }
}
