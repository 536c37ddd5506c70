package org.broadsheet.export;

import org.broadsheet.BuildInfo;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.Date;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.broadsheet.model.Article;
import org.broadsheet.model.TextParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * Writes one DOCX document from one or more articles.json files read back: a cover page, a table of
 * contents, then every article of every file in order.
 */
public final class DocxWriter {
    /** Enough text to tell Chinese from Latin and simplified from traditional; more would only cost time. */
    private static final int SCRIPT_SAMPLE = 20_000;

    private DocxWriter() {}

    /**
     * @param title the document's title (core properties, and the cover when the masthead gave no paper name)
     */
    public static void write(List<ArticlesFile> files, String title, Path target) throws IOException {
        TextScript script = TextScript.of(sample(files));
        try (XWPFDocument doc = new XWPFDocument()) {
            DocxStyles.install(doc, script);
            DocxCover.write(doc, files, title, script);
            List<DocxHeading> outline = DocxArticles.outline(files, script);
            DocxToc.write(doc, outline, script);
            int first = doc.getParagraphs().size();
            DocxArticles articles = new DocxArticles(doc, script);
            Iterator<DocxHeading> headings = outline.iterator();
            for (ArticlesFile f : files) articles.write(f, headings);
            if (doc.getParagraphs().size() > first) doc.getParagraphs().get(first).setPageBreak(true);
            pageSetup(doc);
            properties(doc, title, files.size());
            // Asks Word to refresh the table of contents and its page numbers when the document is opened.
            doc.enforceUpdateFields();
            AtomicFiles.write(target, doc::write);
        }
    }

    static String sample(List<ArticlesFile> files) {
        StringBuilder sb = new StringBuilder();
        for (ArticlesFile f : files) {
            for (Article a : f.articles()) {
                if (a.title() != null) sb.append(a.title()).append('\n');
                for (TextParagraph p : a.paragraphs()) {
                    sb.append(p.text()).append('\n');
                    if (sb.length() > SCRIPT_SAMPLE) return sb.toString();
                }
            }
        }
        return sb.toString();
    }

    private static void pageSetup(XWPFDocument doc) {
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr()
                ? doc.getDocument().getBody().getSectPr() : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(DocxStyles.PAGE_W));
        size.setH(BigInteger.valueOf(DocxStyles.PAGE_H));
        CTPageMar m = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        BigInteger margin = BigInteger.valueOf(DocxStyles.MARGIN);
        m.setTop(margin);
        m.setBottom(margin);
        m.setLeft(margin);
        m.setRight(margin);
        m.setHeader(BigInteger.valueOf(720));
        m.setFooter(BigInteger.valueOf(720));
        m.setGutter(BigInteger.ZERO);
    }

    private static void properties(XWPFDocument doc, String title, int fileCount) {
        POIXMLProperties props = doc.getProperties();
        POIXMLProperties.CoreProperties core = props.getCoreProperties();
        core.setTitle(title);
        core.setCreator(BuildInfo.producer());
        core.setCreated(Optional.of(new Date()));
        core.setDescription("Articles recognised by " + BuildInfo.producer() + " from "
                + fileCount + (fileCount == 1 ? " file" : " files"));
        props.getExtendedProperties().getUnderlyingProperties().setApplication(BuildInfo.NAME);
    }
}
