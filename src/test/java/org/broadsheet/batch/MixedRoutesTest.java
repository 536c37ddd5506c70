package org.broadsheet.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.broadsheet.Options;
import org.broadsheet.Pipeline;
import org.broadsheet.ocr.TessdataLocator;
import org.broadsheet.ocr.TesseractEngine;
import org.broadsheet.source.pdf.EpaperPages;
import org.broadsheet.source.pdf.EpaperPdfMaker;
import org.broadsheet.support.TestFiles;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One batch of scans and e-paper PDFs: each page goes by its own route, and says which. */
class MixedRoutesTest {
    @TempDir
    Path tmp;

    @Test
    void scansAreOcredAndEpaperPagesReadFromTheirTextLayer() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(Path.of("/usr/share/fonts/opentype/noto")), "fonts-noto-cjk is not installed");
        Path scans = tmp.resolve("scans");
        TestFiles.write(scans.resolve("scan.png"), TestFiles.encode(
                TestFiles.textPage(1200, 400, "A scanned page of the paper", "with two lines of print."), "png"));
        try (EpaperPdfMaker maker = new EpaperPdfMaker()) {
            EpaperPages.english(maker, 0);
            EpaperPages.imageOnly(maker);
            TestFiles.write(scans.resolve("epaper.pdf"), maker.save());
        }
        var data = TessdataLocator.resolve("eng", null, Path.of("tessdata"));
        Options o = new Options(scans, tmp.resolve("out"), "eng", 2, null, Set.of("json", "text"), false);
        Report report = new BatchRunner(o, Pipeline.standard(), langs -> new TesseractEngine(data), Progress.silent()).run();
        assertEquals(2, report.done().size(), report.summary());

        ObjectMapper json = new ObjectMapper();
        JsonNode pdf = json.readTree(tmp.resolve("out/epaper/articles.json").toFile());
        assertEquals("pdf_text", pdf.path("pages").get(0).path("route").asText());
        assertEquals(1.0, pdf.path("pages").get(0).path("confidence").asDouble(), 1e-9);
        assertEquals("ocr", pdf.path("pages").get(1).path("route").asText());
        assertTrue(pdf.path("pages").get(1).path("routeReason").asText().contains("no text layer"),
                pdf.path("pages").get(1).path("routeReason").asText());
        JsonNode scan = json.readTree(tmp.resolve("out/scan/articles.json").toFile());
        assertEquals("ocr", scan.path("pages").get(0).path("route").asText());
        assertTrue(Files.readString(tmp.resolve("out/scan/text.txt")).contains("A scanned page of the paper"));
    }
}
