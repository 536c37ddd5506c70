package org.broadsheet.export;

import org.broadsheet.BuildInfo;

import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.broadsheet.model.Article;
import org.broadsheet.model.Box;
import org.broadsheet.model.Line;
import org.broadsheet.model.PageText;
import org.broadsheet.model.Region;
import org.broadsheet.model.SourceInfo;
import org.broadsheet.model.Word;

/** Writes one page as an ALTO 4.4 document, streaming with StAX. */
final class AltoWriter {
    static final String NS = "http://www.loc.gov/standards/alto/ns-v4#";
    static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    static final String SCHEMA_URL = "http://www.loc.gov/standards/alto/v4/alto-4-4.xsd";

    private final XMLStreamWriter x;
    private final AltoIds ids = new AltoIds();
    /** One flag per open element: whether it got child elements, so its end tag goes on a line of its own. */
    private final Deque<boolean[]> open = new ArrayDeque<>();

    private AltoWriter(OutputStream out) throws XMLStreamException {
        this.x = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
        x.setDefaultNamespace(NS);
        x.setPrefix("xsi", XSI);
    }

    /**
     * @param looseRegions regions of the page that belong to no article (mastheads, furniture); written untagged
     */
    static void write(OutputStream out, SourceInfo source, PageText page, List<Article> articles,
                      List<Region> looseRegions) throws XMLStreamException {
        AltoWriter w = new AltoWriter(out);
        w.document(source, page, articles, looseRegions);
    }

    private void document(SourceInfo source, PageText page, List<Article> articles, List<Region> loose)
            throws XMLStreamException {
        x.writeStartDocument("UTF-8", "1.0");
        start("alto");
        x.writeDefaultNamespace(NS);
        x.writeNamespace("xsi", XSI);
        x.writeAttribute(XSI, "schemaLocation", NS + " " + SCHEMA_URL);
        description(source, page);
        Map<Article, String> tags = tags(articles);
        start("Layout");
        String pageId = ids.of("P" + page.number(), "P");
        start("Page");
        x.writeAttribute("ID", pageId);
        x.writeAttribute("PHYSICAL_IMG_NR", Integer.toString(page.number()));
        x.writeAttribute("WIDTH", Integer.toString(page.width()));
        x.writeAttribute("HEIGHT", Integer.toString(page.height()));
        double pc = page.meanConfidence();
        if (pc > 0 && pc <= 1) x.writeAttribute("PC", confidence(pc));
        start("PrintSpace");
        x.writeAttribute("ID", ids.of(pageId + "_PS", "PS"));
        box(new Box(0, 0, page.width(), page.height()));
        for (Article a : articles) {
            AltoHyphens hyphens = AltoHyphens.of(a);
            for (Region r : a.regions()) block(r, tags.get(a), hyphens);
        }
        for (Region r : loose) block(r, null, AltoHyphens.NONE);
        end();
        end();
        end();
        end();
        x.writeCharacters("\n");
        x.writeEndDocument();
        x.close();
    }

    private void description(SourceInfo source, PageText page) throws XMLStreamException {
        start("Description");
        text("MeasurementUnit", "pixel");
        start("sourceImageInformation");
        text("fileName", source.path());
        end();
        start("OCRProcessing");
        x.writeAttribute("ID", ids.of("OCR1", "OCR"));
        start("ocrProcessingStep");
        String settings = "route=" + page.route().name().toLowerCase(Locale.ROOT)
                + (page.routeReason() == null ? "" : " (" + page.routeReason() + ")")
                + "; dpi=" + page.dpi() + "; skew=" + String.format(Locale.ROOT, "%.2f", page.skewDegrees());
        text("processingStepSettings", settings);
        start("processingSoftware");
        text("softwareName", BuildInfo.NAME);
        text("softwareVersion", BuildInfo.version());
        end();
        end();
        end();
        end();
    }

    /** One StructureTag per article; the tag's id is what the article's text blocks refer to. */
    private Map<Article, String> tags(List<Article> articles) throws XMLStreamException {
        Map<Article, String> out = new LinkedHashMap<>();
        if (articles.isEmpty()) return out;
        start("Tags");
        for (Article a : articles) {
            String id = ids.of("TAG_" + a.id(), "TAG_");
            out.put(a, id);
            empty("StructureTag");
            x.writeAttribute("ID", id);
            x.writeAttribute("TYPE", "article");
            x.writeAttribute("LABEL", XmlChars.clean(a.title() == null ? a.id() : a.title()));
        }
        end();
        return out;
    }

    private void block(Region r, String tagId, AltoHyphens hyphens) throws XMLStreamException {
        start("TextBlock");
        x.writeAttribute("ID", ids.of(r.id(), "B_"));
        if (tagId != null) x.writeAttribute("TAGREFS", tagId);
        box(r.box());
        for (Line l : r.lines()) line(l, hyphens);
        end();
    }

    private void line(Line l, AltoHyphens hyphens) throws XMLStreamException {
        List<AltoHyphens.Token> tokens = hyphens.tokens(l);
        if (tokens.isEmpty()) return;
        start("TextLine");
        String lineId = ids.of(l.id(), "L_");
        x.writeAttribute("ID", lineId);
        box(l.box());
        AltoHyphens.Token prev = null;
        int n = 0;
        for (AltoHyphens.Token t : tokens) {
            if (t.hyphen()) {
                empty("HYP");
                if (t.box() != null) box(t.box());
                x.writeAttribute("CONTENT", XmlChars.clean(t.text()));
                continue;
            }
            if (prev != null && spaced(prev.text(), t.text())) space(prev.box(), t.box());
            empty("String");
            x.writeAttribute("ID", ids.of(lineId + "_w" + (++n), "W_"));
            box(t.box());
            x.writeAttribute("CONTENT", XmlChars.clean(t.text()));
            if (t.confidence() >= 0) x.writeAttribute("WC", confidence(t.confidence()));
            if (t.subsType() != null) {
                x.writeAttribute("SUBS_TYPE", t.subsType());
                x.writeAttribute("SUBS_CONTENT", XmlChars.clean(t.subsContent()));
            }
            prev = t;
        }
        end();
    }

    /** Chinese is written without spaces; an SP between two CJK strings would put spaces into extracted text. */
    private static boolean spaced(String left, String right) {
        return !(TextScript.isCjk(left.codePointBefore(left.length())) && TextScript.isCjk(right.codePointAt(0)));
    }

    private void space(Box a, Box b) throws XMLStreamException {
        empty("SP");
        if (a == null || b == null || b.x() < a.right()) return;
        x.writeAttribute("HPOS", Integer.toString(a.right()));
        x.writeAttribute("VPOS", Integer.toString(Math.min(a.y(), b.y())));
        x.writeAttribute("WIDTH", Integer.toString(b.x() - a.right()));
    }

    private void box(Box b) throws XMLStreamException {
        if (b == null) return;
        x.writeAttribute("HPOS", Integer.toString(b.x()));
        x.writeAttribute("VPOS", Integer.toString(b.y()));
        x.writeAttribute("WIDTH", Integer.toString(b.w()));
        x.writeAttribute("HEIGHT", Integer.toString(b.h()));
    }

    private static String confidence(double c) {
        return String.format(Locale.ROOT, "%.3f", Math.max(0, Math.min(1, c)));
    }

    // Indentation by hand: StAX writes everything on one line, which nobody can read or diff.

    private void indent() throws XMLStreamException {
        if (!open.isEmpty()) open.peek()[0] = true;
        x.writeCharacters("\n" + "  ".repeat(open.size()));
    }

    private void start(String name) throws XMLStreamException {
        indent();
        x.writeStartElement(NS, name);
        open.push(new boolean[1]);
    }

    private void empty(String name) throws XMLStreamException {
        indent();
        x.writeEmptyElement(NS, name);
    }

    private void text(String name, String value) throws XMLStreamException {
        indent();
        x.writeStartElement(NS, name);
        x.writeCharacters(value == null ? "" : XmlChars.clean(value));
        x.writeEndElement();
    }

    private void end() throws XMLStreamException {
        boolean hadChildren = open.pop()[0];
        if (hadChildren) x.writeCharacters("\n" + "  ".repeat(open.size()));
        x.writeEndElement();
    }
}
