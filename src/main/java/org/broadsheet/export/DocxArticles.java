package org.broadsheet.export;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.broadsheet.model.Article;
import org.broadsheet.model.TextParagraph;

/** The articles of a DOCX document, each as kicker, title, subtitle, byline, body, captions and a source line. */
final class DocxArticles {
    static final String SUBHEAD = "subhead";

    private final XWPFDocument doc;
    private final TextScript script;

    DocxArticles(XWPFDocument doc, TextScript script) {
        this.doc = doc;
        this.script = script;
    }

    /** The headings {@link #write} will produce, in the same order. */
    static List<DocxHeading> outline(List<ArticlesFile> files, TextScript script) {
        List<DocxHeading> out = new ArrayList<>();
        for (ArticlesFile f : files) {
            for (Article a : f.articles()) {
                out.add(heading(1, title(a, script), out.size()));
                for (TextParagraph p : a.paragraphs()) {
                    if (SUBHEAD.equals(p.role())) out.add(heading(2, oneLine(p.text()), out.size()));
                }
            }
        }
        return out;
    }

    private static DocxHeading heading(int level, String text, int n) {
        return new DocxHeading(level, text, "_Toc" + (100001 + n), n + 1);
    }

    /** An article without a headline (a continuation, a brief) still gets a heading, so it can be found in the contents. */
    static String title(Article a, TextScript script) {
        if (a.title() != null && !a.title().isBlank()) return oneLine(a.title());
        return switch (script) {
            case SIMPLIFIED -> "（无标题）";
            case TRADITIONAL -> "（無標題）";
            case LATIN -> "(untitled)";
        };
    }

    void write(ArticlesFile f, Iterator<DocxHeading> headings) {
        for (Article a : f.articles()) {
            boolean kicker = para(DocxStyles.KICKER, a.kicker(), DocxFonts.SANS) != null;
            XWPFParagraph title = heading(DocxStyles.HEADING1, headings.next());
            // The kicker belongs to the headline: no heading space between them.
            if (kicker) title.setSpacingBefore(0);
            para(DocxStyles.SUBTITLE, a.subtitle(), DocxFonts.SERIF);
            para(DocxStyles.BYLINE, a.byline(), DocxFonts.SERIF);
            for (TextParagraph p : a.paragraphs()) {
                if (SUBHEAD.equals(p.role())) heading(DocxStyles.HEADING2, headings.next());
                else body(p.text());
            }
            for (String c : a.captions()) para(DocxStyles.CAPTION, c, DocxFonts.SERIF);
            para(DocxStyles.SOURCE, sourceLine(f, a), DocxFonts.SANS);
        }
    }

    private XWPFParagraph heading(String style, DocxHeading h) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(style);
        DocxRuns.startBookmark(p, h.bookmark(), h.bookmarkId());
        DocxRuns.text(p, h.text(), DocxFonts.SANS, script);
        DocxRuns.endBookmark(p, h.bookmarkId());
        return p;
    }

    private XWPFParagraph para(String style, String text, DocxFonts face) {
        if (text == null || text.isBlank()) return null;
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(style);
        DocxRuns.text(p, oneLine(text), face, script);
        return p;
    }

    /** Body paragraphs whose script differs from the document's get that script's first-line indent directly. */
    private void body(String text) {
        XWPFParagraph p = para(DocxStyles.BODY, text, DocxFonts.SERIF);
        if (p == null) return;
        boolean zh = TextScript.of(text).chinese();
        if (zh == script.chinese()) return;
        CTPPr ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
        CTInd ind = ppr.isSetInd() ? ppr.getInd() : ppr.addNewInd();
        ind.setFirstLineChars(BigInteger.valueOf(zh ? 200 : 0));
        ind.setFirstLine(BigInteger.valueOf(zh ? 420 : DocxStyles.LATIN_INDENT));
    }

    String sourceLine(ArticlesFile f, Article a) {
        String cols = columns(a.columns());
        return switch (script) {
            case SIMPLIFIED -> "来源：" + f.source().path() + "，第" + a.page() + "页" + (cols.isEmpty() ? "" : "，第" + cols + "栏");
            case TRADITIONAL -> "來源：" + f.source().path() + "，第" + a.page() + "頁" + (cols.isEmpty() ? "" : "，第" + cols + "欄");
            case LATIN -> "Source: " + f.source().path() + ", page " + a.page()
                    + (cols.isEmpty() ? "" : (a.columns().size() == 1 ? ", column " : ", columns ") + cols);
        };
    }

    /** Column indexes are 0-based in the model; readers count from 1. Consecutive runs are shown as ranges. */
    static String columns(List<Integer> cols) {
        List<Integer> sorted = cols.stream().distinct().sorted().toList();
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < sorted.size(); ) {
            int j = i;
            while (j + 1 < sorted.size() && sorted.get(j + 1) == sorted.get(j) + 1) j++;
            parts.add(i == j ? String.valueOf(sorted.get(i) + 1) : (sorted.get(i) + 1) + "–" + (sorted.get(j) + 1));
            i = j + 1;
        }
        return parts.stream().collect(Collectors.joining(", "));
    }

    static String oneLine(String s) {
        return s.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }
}
