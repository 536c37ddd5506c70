package org.broadsheet.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.broadsheet.Options;
import org.broadsheet.Pipeline;
import org.broadsheet.support.FakeOcrEngine;
import org.broadsheet.support.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScaleAndSafetyTest {
    @TempDir
    Path tmp;

    @Test
    void fiveHundredTinyFilesFromAReadOnlyFolder() throws Exception {
        Path scans = tmp.resolve("scans");
        byte[] png = TestFiles.encode(TestFiles.textPage(64, 48, "x"), "png");
        for (int i = 0; i < 500; i++) {
            String dir = "box " + (i / 100) + "/第" + (i % 100) + "版";
            TestFiles.write(scans.resolve(dir + "/it's p\"" + i + "\".png"), png);
        }
        Map<String, String> before = TestFiles.fingerprint(scans);
        try (Stream<Path> s = Files.walk(scans)) {
            for (Path p : s.toList()) {
                Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(Files.isDirectory(p) ? "r-xr-xr-x" : "r--r--r--"));
            }
        }
        Path out = tmp.resolve("out");
        Options o = new Options(scans, out, "eng", 2, null, Set.of("json", "text"), false);
        Report report = new BatchRunner(o, Pipeline.standard(), langs -> new FakeOcrEngine(), Progress.silent()).run();
        assertEquals(500, report.done().size(), report.summary());
        assertEquals(before, TestFiles.fingerprint(scans), "sources unchanged");
        try (Stream<Path> s = Files.walk(out)) {
            assertTrue(s.allMatch(p -> p.toAbsolutePath().normalize().startsWith(out.toAbsolutePath().normalize())));
        }
        assertTrue(Files.isRegularFile(out.resolve("box 4/第99版/it's p\"499\"/articles.json")));
        try (Stream<Path> s = Files.walk(scans)) {
            for (Path p : s.toList()) Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }
}
