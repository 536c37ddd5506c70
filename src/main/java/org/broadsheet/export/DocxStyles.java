package org.broadsheet.export;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

/** Installs the paragraph styles of docx-styles.xml in a document, filled in for its main script. */
final class DocxStyles {
    static final String TITLE = "Title", ISSUE_INFO = "IssueInfo", SOURCE_LIST = "SourceList",
            HEADING1 = "Heading1", HEADING2 = "Heading2", KICKER = "Kicker", SUBTITLE = "Subtitle",
            BYLINE = "Byline", BODY = "Body", CAPTION = "Caption", SOURCE = "Source",
            TOC_HEADING = "TOCHeading", TOC1 = "TOC1", TOC2 = "TOC2";

    /** A4 with one-inch margins, in twentieths of a point. */
    static final int PAGE_W = 11906, PAGE_H = 16838, MARGIN = 1440, TEXT_WIDTH = PAGE_W - 2 * MARGIN;

    /** First-line indent of Latin body text: about 0.3 inch. */
    static final int LATIN_INDENT = 432;
    /** Chinese indents by two characters; the twips value is the fallback for readers that ignore firstLineChars. */
    static final String CHINESE_INDENT_XML = "<w:ind w:firstLineChars=\"200\" w:firstLine=\"420\"/>";

    private static final Pattern VAR = Pattern.compile("\\$\\{(\\w+)}");

    private DocxStyles() {}

    static void install(XWPFDocument doc, TextScript main) throws IOException {
        boolean zh = main.chinese();
        TextScript ea = zh ? main : TextScript.SIMPLIFIED;
        Map<String, String> vars = Map.ofEntries(
                Map.entry("serif", DocxFonts.SERIF.latin),
                Map.entry("sans", DocxFonts.SANS.latin),
                Map.entry("eaSerif", DocxFonts.SERIF.eastAsian(ea)),
                Map.entry("eaSans", DocxFonts.SANS.eastAsian(ea)),
                Map.entry("lang", zh ? "en-US" : "en-GB"),
                Map.entry("eaLang", ea.languageTag()),
                // 五号 (10.5 pt) is the usual Chinese body size; 11 pt for Latin.
                Map.entry("bodySize", zh ? "21" : "22"),
                Map.entry("tocSize", zh ? "20" : "21"),
                Map.entry("bodyIndent", zh ? CHINESE_INDENT_XML : "<w:ind w:firstLine=\"" + LATIN_INDENT + "\"/>"),
                Map.entry("bodyJc", zh ? "both" : "left"),
                // Chinese faces have no italics; Word would slant the glyphs artificially.
                Map.entry("italic", zh ? "" : "<w:i/>"),
                Map.entry("textWidth", Integer.toString(TEXT_WIDTH)));
        try {
            doc.createStyles().setStyles(StylesDocument.Factory.parse(fill(template(), vars)).getStyles());
        } catch (XmlException e) {
            throw new IllegalStateException("docx-styles.xml is not valid WordprocessingML", e);
        }
    }

    private static String template() throws IOException {
        try (InputStream in = DocxStyles.class.getResourceAsStream("docx-styles.xml")) {
            if (in == null) throw new IOException("docx-styles.xml missing from the classpath");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static String fill(String template, Map<String, String> vars) {
        Matcher m = VAR.matcher(template);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String v = vars.get(m.group(1));
            if (v == null) throw new IllegalArgumentException("no value for ${" + m.group(1) + "}");
            m.appendReplacement(sb, Matcher.quoteReplacement(v));
        }
        return m.appendTail(sb).toString();
    }
}
