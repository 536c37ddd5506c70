package org.broadsheet.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.broadsheet.model.FileResult;

/** Renders a Chinese DOCX with LibreOffice, as many archive users will open it, and checks what came out. */
class DocxLibreOfficeTest {
    @TempDir Path tmp;

    @Test
    void chineseDocumentRendersWithChineseFontsAndAllText() throws Exception {
        Path soffice = onPath("soffice");
        Assumptions.assumeTrue(soffice != null, "LibreOffice (soffice) not installed; skipping the rendering check");
        FileResult zh = ExportFixtures.chinese("1950-01-02/p1.tif");
        new ArticlesJson().write(zh, tmp.resolve("p1"));
        ArticlesFile file = ArticlesJson.read(tmp.resolve("p1/articles.json"));
        Path docx = tmp.resolve("issue.docx");
        DocxWriter.write(List.of(file), "1950-01-02", docx);

        // A private profile: LibreOffice refuses to start when another instance holds the default one.
        Process p = new ProcessBuilder(soffice.toString(), "-env:UserInstallation=" + tmp.resolve("profile").toUri(),
                "--headless", "--convert-to", "pdf", "--outdir", tmp.toString(), docx.toString())
                .redirectErrorStream(true).redirectOutput(tmp.resolve("soffice.log").toFile()).start();
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "LibreOffice did not finish");
        Path pdf = tmp.resolve("issue.pdf");
        assertTrue(Files.isRegularFile(pdf), "no PDF: " + Files.readString(tmp.resolve("soffice.log")));

        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertEquals(3, doc.getNumberOfPages(), "cover, contents, articles");
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s", "");
            for (var a : file.articles()) {
                if (a.title() != null) assertTrue(text.contains(a.title()), a.title());
                for (var para : a.paragraphs()) assertTrue(text.contains(para.text().replaceAll("\\s", "")), para.text());
            }
            List<String> fonts = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                for (COSName n : page.getResources().getFontNames()) {
                    PDFont f = page.getResources().getFont(n);
                    fonts.add(f.getName());
                }
            }
            assertTrue(fonts.stream().anyMatch(f -> f.contains("NotoSansCJK")), "headings in Noto Sans CJK: " + fonts);
            assertTrue(fonts.stream().anyMatch(f -> f.contains("NotoSerifCJK")), "body in Noto Serif CJK: " + fonts);
            assertTrue(fonts.stream().noneMatch(f -> f.contains("DejaVu")), "no fallback to a Latin font: " + fonts);
        }
    }

    private static Path onPath(String name) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path p = Path.of(dir, name);
            if (Files.isExecutable(p)) return p;
        }
        return null;
    }
}
