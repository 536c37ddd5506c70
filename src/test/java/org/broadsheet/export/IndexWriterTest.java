package org.broadsheet.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.broadsheet.model.Article;
import org.broadsheet.model.FileResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexWriterTest {
    @TempDir Path out;

    @Test
    void oneQuotedRowPerArticleWithBomAndExistingOutputPaths() throws Exception {
        FileResult zh = ExportFixtures.chinese("1950-01-02/p1.tif");
        FileResult en = ExportFixtures.english("star/1901.tif");
        for (FileExporter e : List.of(new ArticlesJson(), new ArticleTextExporter(), new AltoExporter())) e.write(zh, out.resolve("zh/p1"));
        new ArticlesJson().write(en, out.resolve("star/1901")); // json only: the other outputs stay empty
        List<ExportedFile.Ref> files = List.of(ExportedFile.Ref.read(out, "zh/p1"), ExportedFile.Ref.read(out, "star/1901"));
        Map<String, String> docx = DocxExporter.writeBatch(out, files.subList(0, 1), DocxExporter.Grouping.FOLDER);

        assertEquals(List.of("index.csv", "index.json"), IndexWriter.write(out, files, docx));

        byte[] bytes = Files.readAllBytes(out.resolve("index.csv"));
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(bytes[0], bytes[1], bytes[2]), "UTF-8 BOM");
        String csvText = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        for (String line : csvText.split("\r\n")) assertTrue(line.startsWith("\"") && line.endsWith("\""), "all fields quoted: " + line);

        List<CSVRecord> rows;
        try (Reader r = new StringReader(csvText);
             CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
            assertEquals(IndexWriter.COLUMNS, p.getHeaderNames());
            rows = p.getRecords();
        }
        List<Article> all = new java.util.ArrayList<>(zh.articles());
        all.addAll(en.articles());
        assertEquals(all.size(), rows.size());

        CSVRecord first = rows.get(0);
        assertEquals("1950-01-02/p1.tif", first.get("source"));
        assertEquals("上海港口货运量创新高", first.get("title"));
        assertEquals("本报记者 王明", first.get("byline"));
        assertEquals("1950-01-02", first.get("date"));
        assertEquals(String.valueOf(IndexWriter.chars(zh.articles().get(0))), first.get("chars"));
        assertEquals("0.87", first.get("confidence"));
        assertEquals("zh/p1/articles.json", first.get("json"));
        assertEquals("zh/p1/articles/001-上海港口货运量创新高.txt", first.get("text"));
        assertEquals("zh/p1/alto/p001.xml", first.get("alto"));
        assertEquals("zh/1950-01-02.docx", first.get("docx"), "named after the source folder, beside the file folders");
        assertEquals("zh/p1/articles/002-untitled.txt", rows.get(1).get("text"));
        for (String col : List.of("json", "text", "alto", "docx")) {
            assertTrue(Files.isRegularFile(out.resolve(first.get(col))), col + " points at a file");
        }
        CSVRecord star = rows.get(2);
        assertEquals("Harbour Trade Grows", star.get("title"));
        assertEquals("star/1901/articles.json", star.get("json"));
        assertEquals("", star.get("alto"), "no ALTO was written for this file");
        assertEquals("", star.get("docx"));

        JsonNode json = new ObjectMapper().readTree(out.resolve("index.json").toFile());
        assertEquals(rows.size(), json.size());
        assertEquals("上海港口货运量创新高", json.get(0).get("title").asText());
        assertEquals(1, json.get(0).get("page").asInt());
        assertTrue(json.get(2).get("alto").isNull());
    }

    @Test
    void charsIgnoreWhitespace() {
        Article a = ExportFixtures.english("x.tif").articles().get(0);
        String all = String.join("", a.title(), a.subtitle(), a.byline(),
                String.join("", a.paragraphs().stream().map(p -> p.text()).toList()), String.join("", a.captions()));
        assertEquals(all.replaceAll("\\s", "").length(), IndexWriter.chars(a));
        assertNull(a.kicker());
    }
}
