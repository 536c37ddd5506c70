package org.broadsheet.export;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.broadsheet.model.Article;
import org.broadsheet.model.TextParagraph;

/**
 * index.csv and index.json at the output root: one row per article of the batch, with the paths of the
 * outputs that hold it. Paths are relative to the output root; an output that was not written is left empty.
 */
public final class IndexWriter {
    public static final String CSV = "index.csv", JSON = "index.json";
    public static final List<String> COLUMNS = List.of("source", "page", "article", "title", "byline", "paper", "date",
            "chars", "confidence", "folder", "json", "text", "alto", "docx");

    private IndexWriter() {}

    /**
     * @param docxByDir for each file's output folder, the DOCX its articles went to (from
     *                  {@link DocxExporter#writeBatch}); empty when no DOCX was written
     * @return the files written, relative to {@code outputRoot}
     */
    public static List<String> write(Path outputRoot, List<ExportedFile.Ref> files, Map<String, String> docxByDir) throws IOException {
        // Rows are written as each file is read back, one file's articles in memory at a time: the index
        // of a batch of any size takes no more memory than its largest file. Both files fill in one pass.
        AtomicFiles.write(outputRoot.resolve(CSV), csvOut -> AtomicFiles.write(outputRoot.resolve(JSON), jsonOut -> {
            Writer w = new OutputStreamWriter(csvOut, StandardCharsets.UTF_8);
            // The byte order mark is what makes Excel read the file as UTF-8 rather than the locale's code page.
            w.write('\uFEFF');
            CSVFormat format = CSVFormat.DEFAULT.builder().setHeader(COLUMNS.toArray(String[]::new))
                    .setQuoteMode(QuoteMode.ALL).get();
            CSVPrinter csv = new CSVPrinter(w, format);
            try (JsonGenerator json = ArticlesJson.MAPPER.writer().createGenerator(new BufferedOutputStream(jsonOut))) {
                json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                json.writeStartArray();
                for (ExportedFile.Ref ref : files) {
                    for (Map<String, Object> row : rows(outputRoot, ref.load(outputRoot), docxByDir)) {
                        csv.printRecord(row.values().stream().map(v -> v == null ? "" : v.toString()));
                        json.writeObject(row);
                    }
                }
                json.writeEndArray();
            }
            csv.flush();
        }));
        return List.of(CSV, JSON);
    }

    /** One file's rows, in the order of its articles. */
    static List<Map<String, Object>> rows(Path outputRoot, ExportedFile f, Map<String, String> docxByDir) {
        List<Map<String, Object>> rows = new ArrayList<>();
        List<Article> articles = f.file().articles();
        String docx = docxByDir.get(f.dir());
        for (int i = 0; i < articles.size(); i++) {
            Article a = articles.get(i);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("source", f.file().source().path());
            row.put("page", a.page());
            row.put("article", a.id());
            row.put("title", a.title());
            row.put("byline", a.byline());
            row.put("paper", f.file().meta().paper());
            row.put("date", f.file().meta().date());
            row.put("chars", chars(a));
            row.put("confidence", Double.parseDouble(String.format(Locale.ROOT, "%.3f", a.confidence())));
            row.put("folder", f.dir());
            row.put("json", existing(outputRoot, f.child(ArticlesJson.FILE)));
            row.put("text", existing(outputRoot, f.child(ArticleTextExporter.path(i, a))));
            row.put("alto", existing(outputRoot, f.child(AltoExporter.path(a.page()))));
            row.put("docx", docx == null ? null : existing(outputRoot, docx));
            rows.add(row);
        }
        return rows;
    }

    private static String existing(Path root, String rel) {
        return Files.isRegularFile(root.resolve(rel)) ? rel : null;
    }

    /** Characters of the article's text, whitespace not counted, so Chinese and Latin counts compare. */
    static int chars(Article a) {
        Stream<String> parts = Stream.concat(Stream.of(a.title(), a.kicker(), a.subtitle(), a.byline()),
                Stream.concat(a.paragraphs().stream().map(TextParagraph::text), a.captions().stream()));
        return parts.filter(s -> s != null)
                .mapToInt(s -> (int) s.codePoints().filter(c -> !Character.isWhitespace(c)).count()).sum();
    }
}
