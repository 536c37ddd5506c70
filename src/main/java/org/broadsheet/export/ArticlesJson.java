package org.broadsheet.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.broadsheet.model.Article;
import org.broadsheet.model.Box;
import org.broadsheet.model.FileResult;
import org.broadsheet.model.Hyphenation;
import org.broadsheet.model.IssueMeta;
import org.broadsheet.model.PageInfo;
import org.broadsheet.model.PageResult;
import org.broadsheet.model.SourceInfo;
import org.broadsheet.model.TextParagraph;
import org.broadsheet.model.TextRoute;

/** articles.json: the structured result for one input file. Written here, read back by batch exporters. */
public final class ArticlesJson implements FileExporter {

    public static final String FILE = "articles.json";
    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public String format() { return "json"; }

    @Override
    public List<String> write(FileResult result, Path dir) throws IOException {
        byte[] bytes = MAPPER.writeValueAsBytes(toJson(result));
        AtomicFiles.writeBytes(dir.resolve(FILE), bytes);
        return List.of(FILE);
    }

    /** Writes any tree of maps, lists, strings and numbers as indented JSON (index.json uses it). */
    static void writeValue(Path target, Object value) throws IOException {
        AtomicFiles.writeBytes(target, MAPPER.writeValueAsBytes(value));
    }

    static ObjectNode toJson(FileResult result) {
        ObjectNode root = MAPPER.createObjectNode();
        SourceInfo s = result.source();
        root.put("source", s.path());
        root.put("sha256", s.sha256());
        root.put("size", s.size());
        root.put("mediaType", s.mediaType());
        root.set("issue", meta(result.meta()));
        ArrayNode pages = root.putArray("pages");
        for (PageResult p : result.pages()) {
            PageInfo i = PageInfo.of(p.text());
            ObjectNode n = pages.addObject();
            n.put("number", i.number());
            n.put("width", i.width());
            n.put("height", i.height());
            n.put("dpi", i.dpi());
            n.put("route", i.route().name().toLowerCase());
            if (i.routeReason() != null) n.put("routeReason", i.routeReason());
            n.put("confidence", round(i.meanConfidence()));
        }
        ArrayNode arts = root.putArray("articles");
        for (Article a : result.articles()) arts.add(article(a));
        return root;
    }

    private static ObjectNode meta(IssueMeta m) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("paper", m.paper());
        n.put("date", m.date());
        n.put("issueNumber", m.issueNumber());
        n.put("volume", m.volume());
        return n;
    }

    private static ObjectNode article(Article a) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", a.id());
        n.put("page", a.page());
        n.put("title", a.title());
        n.put("kicker", a.kicker());
        n.put("subtitle", a.subtitle());
        n.put("byline", a.byline());
        ArrayNode paras = n.putArray("paragraphs");
        ArrayNode roles = MAPPER.createArrayNode();
        boolean anyRole = false;
        for (TextParagraph p : a.paragraphs()) {
            paras.add(p.text());
            roles.add(p.role());
            anyRole |= p.role() != null;
        }
        if (anyRole) n.set("roles", roles);
        ArrayNode caps = n.putArray("captions");
        a.captions().forEach(caps::add);
        ArrayNode cols = n.putArray("columns");
        a.columns().forEach(cols::add);
        ArrayNode bbox = n.putArray("bbox");
        for (int v : a.bbox() == null ? new int[0] : a.bbox().toArray()) bbox.add(v);
        n.put("confidence", round(a.confidence()));
        if (!a.hyphenations().isEmpty()) {
            ArrayNode hy = n.putArray("hyphenations");
            for (Hyphenation h : a.hyphenations()) {
                ObjectNode o = hy.addObject();
                o.put("line", h.lineId());
                o.put("head", h.head());
                o.put("tail", h.tail());
                o.put("result", h.result());
                o.put("hyphenRemoved", h.hyphenRemoved());
                o.put("reason", h.reason());
            }
        }
        return n;
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    public static ArticlesFile read(Path file) throws IOException {
        JsonNode root = MAPPER.readTree(file.toFile());
        SourceInfo source = new SourceInfo(root.path("source").asText(), root.path("size").asLong(),
                text(root, "sha256"), text(root, "mediaType"));
        JsonNode m = root.path("issue");
        IssueMeta meta = new IssueMeta(text(m, "paper"), text(m, "date"), text(m, "issueNumber"), text(m, "volume"));
        List<PageInfo> pages = new ArrayList<>();
        for (JsonNode p : root.path("pages")) {
            pages.add(new PageInfo(p.path("number").asInt(), p.path("width").asInt(), p.path("height").asInt(),
                    p.path("dpi").asInt(), TextRoute.valueOf(p.path("route").asText("ocr").toUpperCase()),
                    text(p, "routeReason"), p.path("confidence").asDouble()));
        }
        List<Article> articles = new ArrayList<>();
        for (JsonNode a : root.path("articles")) articles.add(readArticle(a));
        return new ArticlesFile(source, meta, pages, articles);
    }

    private static Article readArticle(JsonNode a) {
        List<TextParagraph> paras = new ArrayList<>();
        JsonNode roles = a.path("roles");
        int i = 0;
        for (JsonNode p : a.path("paragraphs")) {
            JsonNode r = roles.path(i++);
            paras.add(new TextParagraph(p.asText(), r.isTextual() ? r.asText() : null, List.of()));
        }
        List<String> captions = new ArrayList<>();
        a.path("captions").forEach(c -> captions.add(c.asText()));
        List<Integer> columns = new ArrayList<>();
        a.path("columns").forEach(c -> columns.add(c.asInt()));
        JsonNode b = a.path("bbox");
        Box box = b.size() == 4 ? new Box(b.get(0).asInt(), b.get(1).asInt(), b.get(2).asInt(), b.get(3).asInt()) : null;
        List<Hyphenation> hy = new ArrayList<>();
        for (JsonNode h : a.path("hyphenations")) {
            hy.add(new Hyphenation(text(h, "line"), text(h, "head"), text(h, "tail"), text(h, "result"),
                    h.path("hyphenRemoved").asBoolean(), text(h, "reason")));
        }
        return new Article(text(a, "id"), a.path("page").asInt(), text(a, "title"), text(a, "kicker"),
                text(a, "subtitle"), text(a, "byline"), paras, captions, columns, box,
                a.path("confidence").asDouble(), List.of(), hy);
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
