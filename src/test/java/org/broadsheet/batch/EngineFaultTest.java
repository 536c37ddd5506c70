package org.broadsheet.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.broadsheet.Options;
import org.broadsheet.Pipeline;
import org.broadsheet.support.CrashingOcrEngine;
import org.broadsheet.support.FakeOcrEngine;
import org.broadsheet.support.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An engine that fails on one page fails that file only; engines are made once per worker and closed. */
class EngineFaultTest {
    @TempDir
    Path tmp;

    @Test
    void aCrashOnOnePageFailsItsFileAndTheBatchGoesOn() throws Exception {
        Path scans = tmp.resolve("scans");
        for (int i = 0; i < 6; i++) {
            int w = i == 3 ? 333 : 300 + i;
            TestFiles.write(scans.resolve("p" + i + ".png"), TestFiles.encode(TestFiles.textPage(w, 200, "x"), "png"));
        }
        TestFiles.write(scans.resolve("q.png"), TestFiles.encode(TestFiles.textPage(444, 200, "x"), "png"));
        int createdBefore = FakeOcrEngine.CREATED.get();
        int closedBefore = FakeOcrEngine.CLOSED.get();
        Options o = new Options(scans, tmp.resolve("out"), "eng", 2, null, Set.of("json"), false);
        Report report = new BatchRunner(o, Pipeline.standard(), langs -> new CrashingOcrEngine(333, false),
                Progress.silent()).run();
        assertEquals(6, report.done().size());
        assertEquals(1, report.failed().size());
        Outcome failed = report.failed().get(0);
        assertEquals("p3.png", failed.source());
        assertTrue(failed.reason().contains("Tesseract failed"), failed.reason());
        assertFalse(Files.exists(tmp.resolve("out/p3/articles.json")), "a failed file has no finished-looking output");
        int created = FakeOcrEngine.CREATED.get() - createdBefore;
        assertTrue(created >= 1 && created <= 2, "one engine per worker, reused: " + created);
        assertEquals(created, FakeOcrEngine.CLOSED.get() - closedBefore, "every engine closed");
    }

    @Test
    void aBugInTheEngineIsAFailedFileNotACrashedBatch() throws Exception {
        Path scans = tmp.resolve("scans");
        TestFiles.write(scans.resolve("a.png"), TestFiles.encode(TestFiles.textPage(333, 200, "x"), "png"));
        TestFiles.write(scans.resolve("b.png"), TestFiles.encode(TestFiles.textPage(300, 200, "x"), "png"));
        Options o = new Options(scans, tmp.resolve("out"), "eng", 1, null, Set.of("json"), false);
        Report report = new BatchRunner(o, Pipeline.standard(), langs -> new CrashingOcrEngine(333, true),
                Progress.silent()).run();
        assertEquals(1, report.done().size());
        assertTrue(report.failed().get(0).reason().contains("engine crashed on purpose"));
    }
}
