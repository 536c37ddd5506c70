package org.broadsheet.source.pdf;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * Builds e-paper-like PDF pages from known text and records, for every line it draws, the text and
 * where it is (points, top-left origin), so tests and benchmarks can compare extraction with the
 * truth. Positions in the drawing methods are also top-left-origin points.
 */
public final class EpaperPdfMaker implements Closeable {

    /** A line as drawn: its role (for example {@code body:a1}), text, and box in points from the top left. */
    public record TruthLine(String role, String text, boolean vertical, Rectangle2D.Double box) {}

    /** A font the maker can draw with: a standard 14 font or the CJK test font. */
    public final class Face {
        final PDFont pdf;
        final CjkTestFont cjk;
        final float ascent, descent;

        Face(PDFont pdf, CjkTestFont cjk, float ascent, float descent) {
            this.pdf = pdf;
            this.cjk = cjk;
            this.ascent = ascent;
            this.descent = descent;
        }

        float width(String s, float size) throws IOException {
            return cjk != null ? cjk.width(s, size) : pdf.getStringWidth(s) * size / 1000f;
        }

        byte[] encode(String s) throws IOException {
            return cjk != null ? cjk.encode(s) : pdf.encode(s);
        }
    }

    private final PDDocument doc = new PDDocument();
    private final List<List<TruthLine>> truth = new ArrayList<>();
    private CjkTestFont cjkFont;
    private final CjkTestFont.UnicodeMap unicodeMap;

    public EpaperPdfMaker() {
        this(CjkTestFont.UnicodeMap.CORRECT);
    }

    public EpaperPdfMaker(CjkTestFont.UnicodeMap unicodeMap) {
        this.unicodeMap = unicodeMap;
    }

    Face cjk() throws IOException {
        if (cjkFont == null) cjkFont = new CjkTestFont();
        return new Face(cjkFont.font, cjkFont, 0.88f, -0.12f);
    }

    Face standard(Standard14Fonts.FontName name) {
        return new Face(new PDType1Font(name), null, 0.72f, -0.21f);
    }

    /** The truth of page {@code index}, in drawing order. */
    public List<TruthLine> truth(int index) {
        return truth.get(index);
    }

    public int pageCount() {
        return doc.getNumberOfPages();
    }

    Page page(float width, float height) throws IOException {
        PDPage p = new PDPage(new PDRectangle(width, height));
        doc.addPage(p);
        List<TruthLine> lines = new ArrayList<>();
        truth.add(lines);
        return new Page(p, lines);
    }

    public byte[] save() throws IOException {
        return save(null);
    }

    /** Saves, encrypted with an owner password and an empty user password when {@code permissions} is given. */
    public byte[] save(AccessPermission permissions) throws IOException {
        if (cjkFont != null) cjkFont.finish(doc, unicodeMap);
        if (permissions != null) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "", permissions);
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }

    @Override
    public void close() throws IOException {
        doc.close();
    }

    /** Draws one page; close it before saving. */
    final class Page implements Closeable {
        final PDPage pdPage;
        final float width, height;
        private final ContentWriter cs;
        private final List<TruthLine> lines;

        private Page(PDPage page, List<TruthLine> lines) throws IOException {
            this.pdPage = page;
            this.width = page.getMediaBox().getWidth();
            this.height = page.getMediaBox().getHeight();
            this.cs = new ContentWriter(doc, page);
            this.lines = lines;
        }

        /** A one-line text at a baseline; {@code fakeBold} draws it a second time 0.35pt to the right, as e-paper producers do. */
        void text(String role, Face f, float size, float x, float baseline, String s, boolean fakeBold) throws IOException {
            show(f, size, x, baseline, s, RenderingMode.FILL);
            if (fakeBold) show(f, size, x + 0.35f, baseline, s, RenderingMode.FILL);
            record(role, s, false, x, baseline - f.ascent * size, f.width(s, size), (f.ascent - f.descent) * size);
        }

        /** Text drawn in rendering mode 3 (invisible), the way OCR tools put their result over a scan. */
        void hiddenText(String role, Face f, float size, float x, float baseline, String s) throws IOException {
            show(f, size, x, baseline, s, RenderingMode.NEITHER);
            record(role, s, false, x, baseline - f.ascent * size, f.width(s, size), (f.ascent - f.descent) * size);
        }

        /** A line with every word placed on its own and no space glyphs, as many layout programs write justified text. */
        void wordsAsGaps(String role, Face f, float size, float x, float baseline, String s) throws IOException {
            float space = f.width(" ", size);
            float at = x;
            for (String w : s.split(" ")) {
                show(f, size, at, baseline, w, RenderingMode.FILL);
                at += f.width(w, size) + space;
            }
            record(role, s, false, x, baseline - f.ascent * size, f.width(s, size), (f.ascent - f.descent) * size);
        }

        /**
         * Wraps paragraphs into a column and draws them; returns the baseline after the last line.
         * CJK text wraps at any character, other text at spaces. The first line of a paragraph is indented.
         */
        float column(String role, Face f, float size, float leading, float x, float firstBaseline, float width,
                     List<String> paragraphs, boolean gaps, float indent) throws IOException {
            float y = firstBaseline;
            for (String para : paragraphs) {
                boolean first = true;
                for (String line : wrap(f, size, para, width, indent)) {
                    float lx = first ? x + indent : x;
                    if (gaps && line.contains(" ")) wordsAsGaps(role, f, size, lx, y, line);
                    else text(role, f, size, lx, y, line, false);
                    first = false;
                    y += leading;
                }
            }
            return y;
        }

        /** Characters stacked top to bottom, each placed on its own: a vertical caption. */
        void vertical(String role, Face f, float size, float x, float top, String s) throws IOException {
            float pitch = size * 1.05f;
            int n = s.codePointCount(0, s.length());
            int i = 0;
            for (int k = 0; k < s.length(); ) {
                int cp = s.codePointAt(k);
                k += Character.charCount(cp);
                show(f, size, x, top + i * pitch + f.ascent * size, new String(Character.toChars(cp)), RenderingMode.FILL);
                i++;
            }
            record(role, s, true, x, top, size, n * pitch);
        }

        /** Text turned by {@code degrees} counter-clockwise about its origin (page furniture along the margin). */
        void rotated(String role, Face f, float size, float x, float baseline, String s, double degrees) throws IOException {
            double r = Math.toRadians(degrees);
            cs.showText(f.pdf, size, 0, new double[] {Math.cos(r), Math.sin(r), -Math.sin(r), Math.cos(r), x, height - baseline},
                    f.encode(s));
            float len = f.width(s, size);
            // box of a text running upwards from (x, baseline)
            record(role, s, true, x - f.ascent * size, baseline - len, (f.ascent - f.descent) * size, len);
        }

        void rectangle(float x, float top, float w, float h) throws IOException {
            cs.op("0.8 w %.3f %.3f %.3f %.3f re S", x, height - top - h, w, h);
        }

        void rule(float x1, float y1, float x2, float y2) throws IOException {
            cs.op("0.5 w %.3f %.3f m %.3f %.3f l S", x1, height - y1, x2, height - y2);
        }

        /** A grey noise picture, standing in for a photograph or a scanned page. */
        void picture(float x, float top, float w, float h, long seed) throws IOException {
            BufferedImage img = new BufferedImage(Math.max(8, (int) w), Math.max(8, (int) h), BufferedImage.TYPE_BYTE_GRAY);
            Random r = new Random(seed);
            for (int yy = 0; yy < img.getHeight(); yy++) {
                for (int xx = 0; xx < img.getWidth(); xx++) {
                    int v = 150 + (int) (60 * Math.sin((xx + yy) / 9.0)) + r.nextInt(30);
                    img.getRaster().setSample(xx, yy, 0, Math.max(0, Math.min(255, v)));
                }
            }
            PDImageXObject x0 = LosslessFactory.createFromImage(doc, img);
            cs.image(x0, x, height - top - h, w, h);
        }

        private void show(Face f, float size, float x, float baseline, String s, RenderingMode mode) throws IOException {
            cs.showText(f.pdf, size, mode.intValue(), new double[] {1, 0, 0, 1, x, height - baseline}, f.encode(s));
        }

        private void record(String role, String s, boolean vertical, float x, float top, float w, float h) {
            lines.add(new TruthLine(role, s, vertical, new Rectangle2D.Double(x, top, w, h)));
        }

        @Override
        public void close() throws IOException {
            cs.finish();
        }
    }

    static List<String> wrap(Face f, float size, String para, float width, float indent) throws IOException {
        List<String> out = new ArrayList<>();
        boolean cjkText = para.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
        String[] units = cjkText ? para.codePoints().mapToObj(cp -> new String(Character.toChars(cp))).toArray(String[]::new)
                : para.split(" ");
        String sep = cjkText ? "" : " ";
        StringBuilder line = new StringBuilder();
        float avail = width - indent;
        for (String u : units) {
            String candidate = line.length() == 0 ? u : line + sep + u;
            if (line.length() > 0 && f.width(candidate, size) > avail) {
                out.add(line.toString());
                line = new StringBuilder(u);
                avail = width;
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (line.length() > 0) out.add(line.toString());
        return out;
    }
}
