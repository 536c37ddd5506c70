package org.broadsheet.export;

import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHyperlink;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

/**
 * The table of contents: a TOC field over heading levels 1-2. Word recomputes it on opening (the field
 * is dirty and the settings ask for updated fields); the entries written here as the field's current
 * result make it readable before that and in readers that never update fields (LibreOffice shows a
 * field's stored result as it is). The stored entries carry no page numbers: those are only known once
 * a reader has laid out the pages, and a wrong number is worse than none. Each entry links to its heading.
 */
final class DocxToc {
    static final String INSTRUCTION = " TOC \\o \"1-2\" \\h \\z \\u ";

    private DocxToc() {}

    static void write(XWPFDocument doc, List<DocxHeading> outline, TextScript script) {
        XWPFParagraph title = doc.createParagraph();
        title.setStyle(DocxStyles.TOC_HEADING);
        title.setPageBreak(true);
        DocxRuns.text(title, label(script), DocxFonts.SANS, script);

        if (outline.isEmpty()) {
            XWPFParagraph p = doc.createParagraph();
            p.setStyle(DocxStyles.TOC1);
            begin(p);
            DocxRuns.text(p, script.chinese() ? "（无标题）" : "(no headings)", DocxFonts.SERIF, script);
            DocxRuns.fieldChar(p.getCTP().addNewR(), STFldCharType.END, false);
            return;
        }
        for (int i = 0; i < outline.size(); i++) {
            DocxHeading h = outline.get(i);
            XWPFParagraph p = doc.createParagraph();
            p.setStyle(h.level() == 1 ? DocxStyles.TOC1 : DocxStyles.TOC2);
            if (i == 0) begin(p);
            entry(p, h, script);
            if (i == outline.size() - 1) DocxRuns.fieldChar(p.getCTP().addNewR(), STFldCharType.END, false);
        }
    }

    private static void begin(XWPFParagraph p) {
        DocxRuns.fieldChar(p.getCTP().addNewR(), STFldCharType.BEGIN, true);
        DocxRuns.instruction(p.getCTP().addNewR(), INSTRUCTION);
        DocxRuns.fieldChar(p.getCTP().addNewR(), STFldCharType.SEPARATE, false);
    }

    private static void entry(XWPFParagraph p, DocxHeading h, TextScript script) {
        CTHyperlink link = p.getCTP().addNewHyperlink();
        link.setAnchor(h.bookmark());
        link.setHistory(Boolean.TRUE);
        CTR text = link.addNewR();
        DocxRuns.plain(text, h.text());
        DocxRuns.style(text, h.text(), DocxFonts.SERIF, script);
    }

    static String label(TextScript script) {
        return switch (script) {
            case SIMPLIFIED -> "目录";
            case TRADITIONAL -> "目錄";
            case LATIN -> "Contents";
        };
    }
}
