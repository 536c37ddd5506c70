package org.broadsheet.testpages;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The library of sample articles (self-written news items) in src/test/resources/testpages/.
 * File format, one article per section:
 * <pre>
 * === id
 * kicker: ...        (optional; likewise subtitle, byline, caption)
 * title: ...
 * ## a subhead       (stands before the paragraph that follows it)
 * one paragraph per line
 * </pre>
 * A caption gives the article a grey photo above its body.
 */
public final class SampleArticles {

    private static final Map<Script, Map<String, ArticleSpec>> CACHE = new LinkedHashMap<>();

    private SampleArticles() {}

    /** All sample articles of a script, in file order, each spanning one column. */
    public static synchronized List<ArticleSpec> of(Script script) {
        return List.copyOf(CACHE.computeIfAbsent(script, SampleArticles::load).values());
    }

    public static ArticleSpec get(Script script, String id) {
        for (ArticleSpec a : of(script)) if (a.id().equals(id)) return a;
        throw new IllegalArgumentException("no sample article '" + id + "' for " + script);
    }

    private static Map<String, ArticleSpec> load(Script script) {
        String file = switch (script) {
            case SIMPLIFIED -> "articles-zh-hans.txt";
            case TRADITIONAL -> "articles-zh-hant.txt";
            case ENGLISH -> "articles-en.txt";
        };
        try (InputStream in = SampleArticles.class.getResourceAsStream("/testpages/" + file)) {
            if (in == null) throw new IllegalStateException("sample article file testpages/" + file + " is not on the class path");
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, ArticleSpec> parse(List<String> lines) {
        Map<String, ArticleSpec> out = new LinkedHashMap<>();
        String id = null;
        Map<String, String> fields = new LinkedHashMap<>();
        List<String> body = new ArrayList<>();
        for (String raw : lines) {
            String line = raw.strip();
            if (line.startsWith("#") && !line.startsWith("##")) continue;
            if (line.startsWith("=== ")) {
                if (id != null) out.put(id, build(id, fields, body));
                id = line.substring(4).strip();
                fields = new LinkedHashMap<>();
                body = new ArrayList<>();
            } else if (line.isEmpty() || id == null) {
                continue;
            } else if (body.isEmpty() && line.matches("(kicker|title|subtitle|byline|caption): .*")) {
                int colon = line.indexOf(": ");
                fields.put(line.substring(0, colon), line.substring(colon + 2).strip());
            } else {
                body.add(line);
            }
        }
        if (id != null) out.put(id, build(id, fields, body));
        return out;
    }

    private static ArticleSpec build(String id, Map<String, String> f, List<String> body) {
        ArticleSpec.Builder b = ArticleSpec.builder(f.get("title")).id(id).kicker(f.get("kicker"))
                .subtitle(f.get("subtitle")).byline(f.get("byline"));
        if (f.containsKey("caption")) b.photo(10, f.get("caption"));
        for (String line : body) {
            if (line.startsWith("## ")) b.subhead(line.substring(3).strip());
            else b.paragraph(line);
        }
        return b.build();
    }
}
