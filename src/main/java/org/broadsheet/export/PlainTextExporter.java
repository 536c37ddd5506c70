package org.broadsheet.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.broadsheet.model.Article;
import org.broadsheet.model.FileResult;
import org.broadsheet.model.TextParagraph;

/** text.txt: all text of the file in reading order, one paragraph a line, a blank line between articles. */
public final class PlainTextExporter implements FileExporter {
    public static final String FILE = "text.txt";

    @Override
    public String format() { return "text"; }

    @Override
    public List<String> write(FileResult result, Path dir) throws IOException {
        AtomicFiles.writeString(dir.resolve(FILE), render(result.articles()));
        return List.of(FILE);
    }

    public static String render(List<Article> articles) {
        StringBuilder sb = new StringBuilder();
        for (Article a : articles) {
            if (sb.length() > 0) sb.append('\n');
            appendLine(sb, a.kicker());
            appendLine(sb, a.title());
            appendLine(sb, a.subtitle());
            appendLine(sb, a.byline());
            for (TextParagraph p : a.paragraphs()) appendLine(sb, p.text());
            for (String c : a.captions()) appendLine(sb, c);
        }
        return sb.toString();
    }

    private static void appendLine(StringBuilder sb, String s) {
        if (s != null && !s.isBlank()) sb.append(s.strip()).append('\n');
    }
}
