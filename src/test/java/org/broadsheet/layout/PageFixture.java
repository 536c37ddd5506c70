package org.broadsheet.layout;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.broadsheet.model.Block;
import org.broadsheet.model.BlockKind;
import org.broadsheet.model.Box;
import org.broadsheet.model.Justification;
import org.broadsheet.model.Line;
import org.broadsheet.model.PageImage;
import org.broadsheet.model.PageText;
import org.broadsheet.model.Paragraph;
import org.broadsheet.model.TextRoute;
import org.broadsheet.model.Word;

/**
 * Hand-made pages for layout tests: OCR-like lines placed where a test wants them, and a page
 * image carrying the drawn rules, frames and photos. Body type is 30 px high; columns are
 * 400 px wide with 40 px gutters starting at x = 100.
 */
public final class PageFixture {
    public static final int BODY = 30;
    public static final int COL = 400;
    public static final int GUTTER = 40;
    public static final int LEFT = 100;

    final int width, height;
    private final List<Line> lines = new ArrayList<>();
    private final BufferedImage image;
    private final Graphics2D g;

    public PageFixture(int width, int height) {
        this.width = width;
        this.height = height;
        image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
    }

    public static int colX(int c) { return LEFT + c * (COL + GUTTER); }

    public static int spanW(int n) { return n * COL + (n - 1) * GUTTER; }

    /** One line of Chinese text, one word per character, glyphs {@code size} px square. */
    public PageFixture cjk(String text, int x, int y, int size) {
        List<Word> ws = new ArrayList<>();
        int cx = x;
        for (int i = 0; i < text.length(); i++) {
            ws.add(new Word(text.substring(i, i + 1), new Box(cx, y, size, size), 0.9));
            cx += size + size / 10;
        }
        return add(text, ws);
    }

    /** A Chinese line centred over {@code width} pixels starting at {@code x}. */
    public PageFixture cjkCentred(String text, int x, int width, int y, int size) {
        int w = text.length() * (size + size / 10);
        return cjk(text, x + (width - w) / 2, y, size);
    }

    /** A body column: {@code n} full Chinese lines of body size from {@code y}; returns the y below it. */
    public int column(int c, int y, int n, String seed) {
        for (int i = 0; i < n; i++) {
            StringBuilder sb = new StringBuilder();
            for (int k = 0; k < 12; k++) sb.append(seed.charAt((i * 7 + k) % seed.length()));
            cjk(sb.toString(), colX(c), y, BODY);
            y += BODY * 3 / 2;
        }
        return y;
    }

    /** One line of English words; word boxes get widths from their letters. */
    public PageFixture latin(String text, int x, int y, int size) {
        List<Word> ws = new ArrayList<>();
        int cx = x;
        for (String t : text.split(" ")) {
            int w = Math.max(size / 2, t.length() * size * 11 / 20);
            ws.add(new Word(t, new Box(cx, y, w, size), 0.9));
            cx += w + size / 3;
        }
        return add(text, ws);
    }

    /** One line made of the given words, boxes as given (for engines' odd boxes and letter-shaped heights). */
    public PageFixture words(Word... ws) {
        return add(String.join(" ", java.util.Arrays.stream(ws).map(Word::text).toList()), List.of(ws));
    }

    public PageFixture hRule(int x, int y, int w) {
        g.setColor(Color.BLACK);
        g.fillRect(x, y, w, 3);
        return this;
    }

    public PageFixture vRule(int x, int y, int h) {
        g.setColor(Color.BLACK);
        g.fillRect(x, y, 3, h);
        return this;
    }

    public PageFixture frame(Box b) {
        g.setColor(Color.BLACK);
        g.fillRect(b.x(), b.y(), b.w(), 4);
        g.fillRect(b.x(), b.bottom() - 4, b.w(), 4);
        g.fillRect(b.x(), b.y(), 4, b.h());
        g.fillRect(b.right() - 4, b.y(), 4, b.h());
        return this;
    }

    public PageFixture photo(Box b) {
        g.setColor(new Color(150, 150, 150));
        g.fillRect(b.x(), b.y(), b.w(), b.h());
        return this;
    }

    /** A line made of the given words, for boxes the other helpers do not make. */
    public PageFixture words(String text, List<Word> ws) {
        return add(text, ws);
    }

    private PageFixture add(String text, List<Word> ws) {
        Box box = Box.unionOf(ws.stream().map(Word::box).toList());
        lines.add(new Line("p1_l" + (lines.size() + 1), text, box, ws, 0.9, false));
        // A little ink where the text is, so the image agrees with the lines.
        g.setColor(Color.DARK_GRAY);
        for (Word w : ws) g.fillRect(w.box().x() + 2, w.box().y() + w.box().h() / 2, Math.max(1, w.box().w() - 4), 1);
        return this;
    }

    /** The lines as one OCR block each (the layout must not rely on OCR blocks). */
    public PageText text() {
        List<Block> blocks = new ArrayList<>();
        for (Line l : lines) {
            blocks.add(new Block("p1_b" + (blocks.size() + 1), BlockKind.TEXT, l.box(),
                    List.of(new Paragraph(l.box(), List.of(l), 0, Justification.UNKNOWN)), 0.9));
        }
        return new PageText(1, width, height, 300, TextRoute.OCR, "test", blocks, 0);
    }

    public PageImage image() {
        return new PageImage(1, image, 300);
    }
}
