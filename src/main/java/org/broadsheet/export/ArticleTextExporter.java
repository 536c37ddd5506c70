package org.broadsheet.export;

import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.broadsheet.model.Article;
import org.broadsheet.model.FileResult;
import org.broadsheet.model.TextParagraph;

/**
 * articles/NNN-slug.txt: one plain-text file per article, numbered in reading order over the input file.
 * The title comes first; every paragraph is one line, with a blank line between paragraphs.
 */
public final class ArticleTextExporter implements FileExporter {
    public static final String DIR = "articles";
    static final int MAX_SLUG = 40;

    @Override
    public String format() { return "articles"; }

    @Override
    public List<String> write(FileResult result, Path dir) throws IOException {
        List<Article> articles = result.articles();
        List<String> written = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            String rel = path(i, articles.get(i));
            AtomicFiles.writeString(dir.resolve(rel), render(articles.get(i)));
            written.add(rel);
        }
        return written;
    }

    /** The file of the article at {@code index} (0-based, reading order), relative to the file's output folder. */
    public static String path(int index, Article a) {
        return String.format("%s/%03d-%s.txt", DIR, index + 1, slug(a.title()));
    }

    public static String render(Article a) {
        List<String> parts = new ArrayList<>();
        add(parts, a.title());
        add(parts, a.kicker());
        add(parts, a.subtitle());
        add(parts, a.byline());
        for (TextParagraph p : a.paragraphs()) add(parts, p.text());
        for (String c : a.captions()) add(parts, c);
        return parts.isEmpty() ? "" : String.join("\n\n", parts) + "\n";
    }

    private static void add(List<String> parts, String s) {
        if (s == null) return;
        String one = s.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
        if (!one.isEmpty()) parts.add(one);
    }

    /**
     * A file-name-safe form of a title: Latin letters lose their accents and are lower-cased, CJK
     * characters stay as they are, anything else becomes a single '-'.
     */
    public static String slug(String title) {
        if (title == null) return "untitled";
        String norm = Normalizer.normalize(title, Normalizer.Form.NFKD);
        StringBuilder sb = new StringBuilder();
        int count = 0;
        for (int i = 0; i < norm.length() && count < MAX_SLUG; ) {
            int cp = norm.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.getType(cp) == Character.NON_SPACING_MARK) continue;
            boolean keep = (cp < 128 && Character.isLetterOrDigit(cp)) || (TextScript.isCjk(cp) && Character.isLetterOrDigit(cp));
            if (keep) {
                sb.appendCodePoint(cp < 128 ? Character.toLowerCase(cp) : cp);
                count++;
            } else if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '-') {
                sb.append('-');
                count++;
            }
        }
        while (sb.length() > 0 && sb.charAt(sb.length() - 1) == '-') sb.setLength(sb.length() - 1);
        // NFC puts back together what NFKD split in scripts kept whole (Hangul syllables).
        return sb.length() == 0 ? "untitled" : Normalizer.normalize(sb, Normalizer.Form.NFC);
    }
}
