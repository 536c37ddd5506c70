package org.broadsheet.source.pdf;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import org.apache.fontbox.cff.CFFCIDFont;
import org.apache.fontbox.cff.CFFFont;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontFactory;

/**
 * Noto Sans CJK SC as a non-embedded CID font (Identity-H, the font's own CIDs) with a ToUnicode map
 * written at the end. PDFBox cannot subset or fully embed the CFF fonts of a collection, and a
 * non-embedded reference is what many Chinese e-paper producers emit anyway; PDFBox's renderer finds
 * the installed font by name.
 */
public final class CjkTestFont {
    public static final File NOTO = new File("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc");
    static final String NAME = "NotoSansCJKsc-Regular";

    /** How the ToUnicode map is written: correctly, to private-use code points, or not at all. */
    public enum UnicodeMap { CORRECT, PRIVATE_USE, NONE }

    private static OpenTypeFont otf;
    private static CmapLookup cmap;
    private static CFFCIDFont cff;

    final PDFont font;
    private final COSDictionary type0;
    private final COSDictionary cidFont;
    private final Map<Integer, String> used = new TreeMap<>();
    private final Map<Integer, Integer> widths = new TreeMap<>();

    public static boolean available() {
        return NOTO.isFile();
    }

    private static synchronized void loadOnce() throws IOException {
        if (otf != null) return;
        TrueTypeCollection ttc = new TrueTypeCollection(NOTO);
        TrueTypeFont f = ttc.getFontByName(NAME);
        otf = (OpenTypeFont) f;
        cmap = otf.getUnicodeCmapLookup();
        CFFFont c = otf.getCFF().getFont();
        cff = (CFFCIDFont) c;
    }

    CjkTestFont() throws IOException {
        loadOnce();
        cidFont = new COSDictionary();
        cidFont.setItem(COSName.TYPE, COSName.FONT);
        cidFont.setItem(COSName.SUBTYPE, COSName.getPDFName("CIDFontType0"));
        cidFont.setName(COSName.BASE_FONT, NAME);
        COSDictionary info = new COSDictionary();
        info.setString(COSName.REGISTRY, "Adobe");
        info.setString(COSName.ORDERING, "Identity");
        info.setInt(COSName.SUPPLEMENT, 0);
        cidFont.setItem(COSName.CIDSYSTEMINFO, info);
        COSDictionary fd = new COSDictionary();
        fd.setItem(COSName.TYPE, COSName.FONT_DESC);
        fd.setName(COSName.FONT_NAME, NAME);
        fd.setInt(COSName.FLAGS, 4);
        COSArray bbox = new COSArray();
        for (int v : new int[] {-1000, -300, 3000, 1200}) bbox.add(COSInteger.get(v));
        fd.setItem(COSName.FONT_BBOX, bbox);
        fd.setInt(COSName.ITALIC_ANGLE, 0);
        fd.setInt(COSName.ASCENT, 880);
        fd.setInt(COSName.DESCENT, -120);
        fd.setInt(COSName.CAP_HEIGHT, 733);
        fd.setInt(COSName.STEM_V, 80);
        cidFont.setItem(COSName.FONT_DESC, fd);
        cidFont.setInt(COSName.DW, 1000);
        cidFont.setItem(COSName.W, new COSArray());

        type0 = new COSDictionary();
        type0.setItem(COSName.TYPE, COSName.FONT);
        type0.setItem(COSName.SUBTYPE, COSName.TYPE0);
        type0.setName(COSName.BASE_FONT, NAME);
        type0.setItem(COSName.ENCODING, COSName.IDENTITY_H);
        COSArray desc = new COSArray();
        desc.add(cidFont);
        type0.setItem(COSName.DESCENDANT_FONTS, desc);
        font = PDFontFactory.createFont(type0);
    }

    /** Advance of {@code s} in points at {@code size}. */
    float width(String s, float size) throws IOException {
        float w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            w += otf.getAdvanceWidth(gid(cp)) * 1000f / otf.getUnitsPerEm();
        }
        return w * size / 1000f;
    }

    private static int gid(int cp) {
        int gid = cmap.getGlyphId(cp);
        if (gid == 0) throw new IllegalArgumentException("no glyph for U+" + Integer.toHexString(cp));
        return gid;
    }

    /** The two-byte codes for {@code s}, remembering the glyphs for the ToUnicode map and widths. */
    byte[] encode(String s) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            int gid = gid(cp);
            int cid = cff.getCharset().getCIDForGID(gid);
            used.put(cid, new String(Character.toChars(cp)));
            widths.put(cid, Math.round(otf.getAdvanceWidth(gid) * 1000f / otf.getUnitsPerEm()));
            out.write(cid >> 8);
            out.write(cid & 0xFF);
        }
        return out.toByteArray();
    }

    /** Writes the widths and the ToUnicode map; call once, before saving. */
    void finish(PDDocument doc, UnicodeMap map) throws IOException {
        COSArray w = new COSArray();
        for (Map.Entry<Integer, Integer> e : widths.entrySet()) {
            w.add(COSInteger.get(e.getKey()));
            COSArray one = new COSArray();
            one.add(COSInteger.get(e.getValue()));
            w.add(one);
        }
        cidFont.setItem(COSName.W, w);
        if (map == UnicodeMap.NONE) return;
        StringBuilder cm = new StringBuilder("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                + "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                + "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
                + "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        int n = 0, privateUse = 0xE000;
        var entries = new java.util.ArrayList<>(used.entrySet());
        for (int start = 0; start < entries.size(); start += 100) {
            int end = Math.min(entries.size(), start + 100);
            cm.append(end - start).append(" beginbfchar\n");
            for (int i = start; i < end; i++) {
                var e = entries.get(i);
                String text = map == UnicodeMap.PRIVATE_USE ? new String(Character.toChars(privateUse + n++)) : e.getValue();
                cm.append(String.format("<%04X> <%s>%n", e.getKey(), utf16Hex(text)));
            }
            cm.append("endbfchar\n");
        }
        cm.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        COSStream stream = doc.getDocument().createCOSStream();
        try (OutputStream os = stream.createOutputStream()) {
            os.write(cm.toString().getBytes(StandardCharsets.US_ASCII));
        }
        type0.setItem(COSName.TO_UNICODE, stream);
    }

    private static String utf16Hex(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) sb.append(String.format("%04X", (int) c));
        return sb.toString();
    }
}
