package org.broadsheet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import picocli.CommandLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
    @TempDir
    Path tmp;

    record Result(int code, String out, String err) {}

    static Result exec(String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter(), err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void helpAndVersion() {
        Result help = exec("run", "--help");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("--lang") && help.out().contains("--jobs") && help.out().contains("--tessdata"));
        assertTrue(help.out().contains("chi_sim+eng"), "default language shown");
        assertTrue(exec("--version").out().startsWith("broadsheet "));
    }

    @Test
    void usageErrorsExitTwoWithOneLineReason() {
        Result noOutput = exec("run", tmp.toString());
        assertEquals(2, noOutput.code());
        assertTrue(noOutput.err().startsWith("broadsheet: Missing required option"), noOutput.err());
        assertEquals(2, exec("run", tmp.toString(), "-o", tmp.resolve("o").toString(), "--jobs", "0").code());
        assertEquals(2, exec("run", tmp.toString(), "-o", tmp.resolve("o").toString(), "--jobs", "many").code());
        Result badFormat = exec("run", tmp.toString(), "-o", tmp.resolve("o").toString(), "--formats", "json,pdfa");
        assertEquals(2, badFormat.code());
        assertTrue(badFormat.err().contains("unknown format 'pdfa'"));
        assertEquals(2, exec().code(), "a command is required");
    }

    @Test
    void missingScanFolderAndMissingLanguageHaveTheirOwnCodes() {
        Result missing = exec("run", tmp.resolve("nope").toString(), "-o", tmp.resolve("o").toString());
        assertEquals(3, missing.code());
        assertTrue(missing.err().contains("nope") && missing.err().contains("hint:"));
        Result lang = exec("run", tmp.toString(), "-o", tmp.resolve("o").toString(), "--lang", "klingon");
        assertEquals(4, lang.code(), lang.err());
        assertTrue(lang.err().contains("klingon is not installed") && lang.err().contains("eng"),
                "lists what is installed: " + lang.err());
    }
}
