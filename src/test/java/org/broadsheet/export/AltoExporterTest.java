package org.broadsheet.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.broadsheet.model.Article;
import org.broadsheet.model.FileResult;
import org.broadsheet.model.Line;
import org.broadsheet.model.Region;
import org.broadsheet.model.Word;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

class AltoExporterTest {
    @TempDir Path tmp;

    private Path export(FileResult r, String name) throws Exception {
        Path dir = tmp.resolve(name);
        List<String> written = new AltoExporter().write(r, dir);
        assertEquals(List.of("alto/p001.xml"), written);
        Path file = dir.resolve(written.get(0));
        AltoSchema.validate(file);
        return file;
    }

    private static Document parse(Path p) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(p.toFile());
    }

    private static List<Element> all(Document d, String name) {
        NodeList nl = d.getElementsByTagNameNS(AltoWriter.NS, name);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < nl.getLength(); i++) out.add((Element) nl.item(i));
        return out;
    }

    private static List<Element> children(Element e, String name) {
        NodeList nl = e.getElementsByTagNameNS(AltoWriter.NS, name);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < nl.getLength(); i++) out.add((Element) nl.item(i));
        return out;
    }

    @Test
    void chinesePageValidatesAndGroupsBlocksByArticle() throws Exception {
        FileResult r = ExportFixtures.chinese("1950-01-02/p1.tif");
        Document d = parse(export(r, "zh"));
        assertEquals("pixel", all(d, "MeasurementUnit").get(0).getTextContent());
        assertEquals("1950-01-02/p1.tif", all(d, "fileName").get(0).getTextContent());
        assertEquals("broadsheet", all(d, "softwareName").get(0).getTextContent());
        Element page = all(d, "Page").get(0);
        assertEquals("2400", page.getAttribute("WIDTH"));
        assertEquals("1", page.getAttribute("PHYSICAL_IMG_NR"));

        List<Element> tags = all(d, "StructureTag");
        List<Article> articles = r.articles();
        assertEquals(articles.size(), tags.size());
        assertEquals("上海港口货运量创新高", tags.get(0).getAttribute("LABEL"));
        assertEquals("p1-a02", tags.get(1).getAttribute("LABEL"), "an untitled article is labelled with its id");

        List<Element> blocks = all(d, "TextBlock");
        for (int ai = 0; ai < articles.size(); ai++) {
            String tagId = tags.get(ai).getAttribute("ID");
            List<String> expected = articles.get(ai).regions().stream()
                    .flatMap(reg -> reg.lines().stream()).flatMap(l -> l.words().stream()).map(Word::text).toList();
            List<String> actual = new ArrayList<>();
            for (Element b : blocks) {
                if (!b.getAttribute("TAGREFS").equals(tagId)) continue;
                for (Element s : children(b, "String")) actual.add(s.getAttribute("CONTENT"));
            }
            assertEquals(expected, actual, "article " + articles.get(ai).id() + " strings in order");
        }
        Element mast = blocks.stream().filter(b -> b.getAttribute("ID").equals("p1_r0")).findFirst().orElseThrow();
        assertFalse(mast.hasAttribute("TAGREFS"), "the masthead belongs to no article");
        assertEquals("人民日报", children(mast, "String").get(0).getAttribute("CONTENT"));
        assertTrue(all(d, "SP").isEmpty(), "no spaces between Chinese strings");
    }

    @Test
    void englishHyphenationsAreMarkedWithSubsContentAndHyp() throws Exception {
        Document d = parse(export(ExportFixtures.english("star/1901-03-04.tif"), "en"));
        List<Element> strings = all(d, "String");
        Element exam = byContent(strings, "exam");
        assertEquals("HypPart1", exam.getAttribute("SUBS_TYPE"));
        assertEquals("examine", exam.getAttribute("SUBS_CONTENT"));
        Element ine = byContent(strings, "ine");
        assertEquals("HypPart2", ine.getAttribute("SUBS_TYPE"));
        assertEquals("examine", ine.getAttribute("SUBS_CONTENT"));
        assertEquals("well-known", byContent(strings, "well").getAttribute("SUBS_CONTENT"));
        assertEquals("HypPart2", byContent(strings, "known").getAttribute("SUBS_TYPE"));
        assertFalse(byContent(strings, "the").hasAttribute("SUBS_TYPE"));

        List<Element> hyps = all(d, "HYP");
        assertEquals(2, hyps.size());
        assertEquals("-", hyps.get(0).getAttribute("CONTENT"));
        Element firstLine = (Element) hyps.get(0).getParentNode();
        assertEquals("p2_l10", firstLine.getAttribute("ID"));
        int examEnd = Integer.parseInt(exam.getAttribute("HPOS")) + Integer.parseInt(exam.getAttribute("WIDTH"));
        assertEquals(examEnd, Integer.parseInt(hyps.get(0).getAttribute("HPOS")), "the hyphen sits right after its word");
        // "The committee will exam" -> 3 spaces on the first line
        assertEquals(3, children(firstLine, "SP").size());
        double wc = Double.parseDouble(byContent(strings, "The").getAttribute("WC"));
        assertEquals(0.9, wc, 1e-6);
    }

    @Test
    void idsAreValidEvenWhenSourceIdsStartWithDigitsOrRepeat() throws Exception {
        FileResult base = ExportFixtures.english("x.tif");
        Article a = base.articles().get(0);
        Region r = a.regions().get(1);
        Line l = r.lines().get(0);
        List<Line> lines = List.of(new Line("7 line", l.text(), l.box(), l.words(), l.confidence(), false),
                new Line("7 line", l.text(), l.box(), l.words(), l.confidence(), false));
        Region bad = new Region("1", r.role(), r.box(), lines, 0, 0, false);
        Article a2 = new Article("9:x", 1, "T", null, null, null, a.paragraphs(), List.of(), List.of(), a.bbox(), 0.5,
                List.of(bad), List.of());
        Path file = export(ExportFixtures.file("x.tif", ExportFixtures.ENGLISH_META, 1, List.of(a2), List.of()), "ids");
        Document d = parse(file);
        Set<String> ids = new HashSet<>();
        for (Element e : all(d, "TextLine")) assertTrue(ids.add(e.getAttribute("ID")), "unique line ids");
        assertEquals(2, ids.size());
    }

    @Test
    void theValidatorRejectsAnInvalidId() throws Exception {
        Path file = export(ExportFixtures.english("x.tif"), "neg");
        String xml = Files.readString(file).replace("ID=\"p2_l10\"", "ID=\"10\"");
        Path broken = tmp.resolve("broken.xml");
        Files.writeString(broken, xml);
        assertThrows(SAXException.class, () -> AltoSchema.validate(broken));
    }

    private static Element byContent(List<Element> strings, String content) {
        return strings.stream().filter(s -> s.getAttribute("CONTENT").equals(content)).findFirst()
                .orElseThrow(() -> new AssertionError("no String " + content));
    }
}
