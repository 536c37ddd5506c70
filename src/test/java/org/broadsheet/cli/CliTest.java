package org.broadsheet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.broadsheet.support.TestFiles;
import org.broadsheet.testpages.TesseractCli;
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

    @Test
    void aLangForFolderThatIsNotThereIsAUsageError() {
        Result r = exec("run", tmp.toString(), "-o", tmp.resolve("o").toString(), "--lang-for", "renmin=chi_sim");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("--lang-for renmin") && r.err().contains("hint:"), r.err());
        Result outside = exec("run", tmp.toString(), "-o", tmp.resolve("o").toString(), "--lang-for", "../x=chi_sim");
        assertEquals(2, outside.code(), outside.err());
    }

    /** Real Tesseract: one run over an English and a Chinese folder reads each with its own model. */
    @Test
    void oneRunReadsEachFolderInItsOwnLanguage() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(TesseractCli.unavailable("chi_sim") == null, "chi_sim is not installed");
        Font han = new Font("Noto Serif CJK SC", Font.PLAIN, 56);
        org.junit.jupiter.api.Assumptions.assumeTrue(han.canDisplay('\u62a5'), "no CJK font (fonts-noto-cjk)");
        Path scans = tmp.resolve("scans");
        TestFiles.write(scans.resolve("times/p1.png"), TestFiles.encode(
                TestFiles.textPage(1400, 400, "The harbour board met on Tuesday", "and voted to dredge the channel."), "png"));
        BufferedImage zh = TestFiles.greyPage(1400, 400);
        Graphics2D g = zh.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.BLACK);
        g.setFont(han);
        g.drawString("\u5e02\u653f\u5e9c\u4eca\u65e5\u53ec\u5f00\u5168\u4f53\u4f1a\u8bae", 60, 120);
        g.drawString("\u8ba8\u8bba\u6e2f\u53e3\u5efa\u8bbe\u8ba1\u5212", 60, 240);
        g.dispose();
        TestFiles.write(scans.resolve("renmin/p1.png"), TestFiles.encode(zh, "png"));

        Path out = tmp.resolve("out");
        Result r = exec("run", scans.toString(), "-o", out.toString(), "--lang", "eng", "--lang-for", "renmin=chi_sim",
                "--jobs", "1", "--formats", "json", "--quiet");
        assertEquals(0, r.code(), r.err());
        JsonNode en = page(out.resolve("times/p1/articles.json")), cn = page(out.resolve("renmin/p1/articles.json"));
        assertTrue(en.path("routeReason").asText().contains("ocr eng"), en.toString());
        assertTrue(cn.path("routeReason").asText().contains("ocr chi_sim"), cn.toString());
        String cnText = Files.readString(out.resolve("renmin/p1/articles.json"));
        assertTrue(cnText.contains("\u6e2f\u53e3"), "the Chinese folder is read as Chinese: " + cnText);
        assertTrue(Files.readString(out.resolve("times/p1/articles.json")).contains("harbour"));
    }

    private static JsonNode page(Path articlesJson) throws Exception {
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(articlesJson.toFile()).path("pages").get(0);
    }

    @Test
    void aBrokenModelStopsTheRunBeforeAnyPageWithOneError() throws Exception {
        Path models = tmp.resolve("tessdata");
        byte[] garbage = new byte[5000];
        new java.util.Random(1).nextBytes(garbage);
        TestFiles.write(models.resolve("eng.traineddata"), garbage);
        Path scans = tmp.resolve("scans");
        TestFiles.write(scans.resolve("a/p1.png"), TestFiles.encode(TestFiles.textPage(600, 200, "x"), "png"));
        Path out = tmp.resolve("out");
        Result r = exec("run", scans.toString(), "-o", out.toString(), "--lang", "eng", "--tessdata", models.toString(), "--quiet");
        assertEquals(4, r.code(), r.err());
        assertTrue(r.err().contains("could not load eng") && r.err().contains("hint:"), r.err());
        assertTrue(Files.notExists(out.resolve("a/p1/articles.json")), "no page was read");
    }
}
