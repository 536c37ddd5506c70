package org.broadsheet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.broadsheet.error.ExitCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class RepairCommandTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String stdin, String... args) {
        RepairCommand cmd = new RepairCommand(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new CommandLine(cmd).execute(args);
    }

    private String stdout() { return out.toString(StandardCharsets.UTF_8); }
    private String stderr() { return err.toString(StandardCharsets.UTF_8); }

    @Test
    void stdinToStdout() {
        int code = run("　　今年以来，我市持续优化营\n商环境。\n", "-");
        assertEquals(ExitCodes.OK, code, stderr());
        assertEquals("今年以来，我市持续优化营商环境。\n", stdout());
    }

    @Test
    void fileToFile() throws IOException {
        Path in = Files.writeString(dir.resolve("a.txt"), "The vote was a major exam-\nple of cooperation.\n");
        Path target = dir.resolve("out.txt");
        assertEquals(ExitCodes.OK, run("", in.toString(), "-o", target.toString()), stderr());
        assertEquals("The vote was a major example of cooperation.\n", Files.readString(target));
        assertEquals("", stdout());
    }

    @Test
    void severalFilesIntoAFolderAndAnUnreadableOneIsReportedAndSkipped() throws IOException {
        Path a = Files.writeString(dir.resolve("a.txt"), "First line\nof a.\n");
        Path b = Files.writeString(dir.resolve("b.txt"), "中 国 人 民\n");
        Path missing = dir.resolve("missing.txt");
        Path bad = Files.write(dir.resolve("bad.txt"), new byte[] {(byte) 0xC3, (byte) 0x28});
        Path outDir = dir.resolve("out");
        int code = run("", a.toString(), missing.toString(), bad.toString(), b.toString(), "-o", outDir.toString());
        assertEquals(ExitCodes.SOME_FAILED, code);
        assertEquals("First line of a.\n", Files.readString(outDir.resolve("a.txt")));
        assertEquals("中国人民\n", Files.readString(outDir.resolve("b.txt")));
        assertFalse(Files.exists(outDir.resolve("missing.txt")));
        String[] errors = stderr().strip().split("\n");
        assertEquals(2, errors.length, stderr());
        assertTrue(errors[0].contains(missing.toString()) && errors[0].contains("no such file"), errors[0]);
        assertTrue(errors[1].contains(bad.toString()) && errors[1].contains("not UTF-8"), errors[1]);
    }

    @Test
    void listsHyphenDecisionsOnRequest() throws IOException {
        Path in = Files.writeString(dir.resolve("h.txt"), "The well-\nknown plan.\n");
        assertEquals(ExitCodes.OK, run("", "--hyphens", in.toString()));
        assertEquals("The well-known plan.\n", stdout());
        assertTrue(stderr().contains("\tL1\twell-\tknown\twell-known\t"), stderr());
    }

    @Test
    void severalInputsNeedAFolder() throws IOException {
        Path a = Files.writeString(dir.resolve("a.txt"), "x\n");
        Path file = Files.writeString(dir.resolve("exists.txt"), "y\n");
        assertEquals(ExitCodes.USAGE, run("", a.toString(), a.toString(), "-o", file.toString()));
        assertEquals("y\n", Files.readString(file));
    }

    @Test
    void missingArgumentIsAUsageError() {
        assertEquals(ExitCodes.USAGE, run(""));
    }
}
