package org.broadsheet.export;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBookmark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFldChar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLanguage;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTMarkupRange;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHint;

/** Runs of text, bookmarks and field codes, at the level POI's convenience API does not reach. */
final class DocxRuns {
    private DocxRuns() {}

    /**
     * Adds a run of text. A run holding Chinese names its East Asian face and language itself, so it
     * renders right even where the document's defaults are Latin (a Chinese article in an English issue).
     *
     * @param docScript the document's main script: decides simplified/traditional when the text alone cannot
     */
    static XWPFRun text(XWPFParagraph p, String text, DocxFonts face, TextScript docScript) {
        XWPFRun run = p.createRun();
        run.setText(XmlChars.clean(text));
        style(run.getCTR(), text, face, docScript);
        return run;
    }

    static void style(CTR r, String text, DocxFonts face, TextScript docScript) {
        if (!TextScript.containsCjk(text)) return;
        TextScript script = TextScript.chineseVariant(text, docScript.chinese() ? docScript : TextScript.SIMPLIFIED);
        CTRPr rpr = r.isSetRPr() ? r.getRPr() : r.addNewRPr();
        CTFonts fonts = rpr.sizeOfRFontsArray() > 0 ? rpr.getRFontsArray(0) : rpr.addNewRFonts();
        fonts.setEastAsia(face.eastAsian(script));
        fonts.setHint(STHint.EAST_ASIA);
        CTLanguage lang = rpr.sizeOfLangArray() > 0 ? rpr.getLangArray(0) : rpr.addNewLang();
        lang.setEastAsia(script.languageTag());
    }

    /** A bookmark around everything added to the paragraph between this call and {@link #endBookmark}. */
    static void startBookmark(XWPFParagraph p, String name, int id) {
        CTBookmark b = p.getCTP().addNewBookmarkStart();
        b.setName(name);
        b.setId(BigInteger.valueOf(id));
    }

    static void endBookmark(XWPFParagraph p, int id) {
        CTMarkupRange e = p.getCTP().addNewBookmarkEnd();
        e.setId(BigInteger.valueOf(id));
    }

    /** A field character run: begin (marked dirty so the reader recomputes the field), separate or end. */
    static void fieldChar(CTR r, STFldCharType.Enum type, boolean dirty) {
        CTFldChar fc = r.addNewFldChar();
        fc.setFldCharType(type);
        if (dirty) fc.setDirty(Boolean.TRUE);
    }

    static void instruction(CTR r, String code) {
        CTText t = r.addNewInstrText();
        t.setStringValue(code);
        t.setSpace(SpaceAttribute.Space.PRESERVE);
    }

    static void plain(CTR r, String text) {
        CTText t = r.addNewT();
        t.setStringValue(XmlChars.clean(text));
        t.setSpace(SpaceAttribute.Space.PRESERVE);
    }
}
