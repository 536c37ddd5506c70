package org.broadsheet.testpages;

import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import org.broadsheet.model.Box;
import org.broadsheet.model.Role;

/** Turns set lines into draw operations and truth lines, one article (or the masthead) at a time. */
final class LineEmitter {

    final List<DrawOp> ops = new ArrayList<>();
    final List<TruthLine> lines = new ArrayList<>();
    final List<TruthHyphen> hyphens = new ArrayList<>();
    private final boolean cjk;

    LineEmitter(boolean cjk) { this.cjk = cjk; }

    /** Sets a ragged block (headline, caption, masthead item) and returns the y below it. */
    double block(String text, Font font, double x, double width, double top, double pitch, boolean centred, Role role) {
        LineSetter setter = new LineSetter(font, cjk, false);
        double y = top;
        for (SetLine l : setter.set(text, width, 0, false)) {
            double lx = centred ? x + (width - l.naturalWidth()) / 2 : x;
            emit(l, font, lx, y, role, -1);
            y += font.getSize2D() * pitch;
        }
        return y;
    }

    /** Queues the line's pieces for drawing and records its truth; {@code top} is the top of its slot. */
    void emit(SetLine line, Font font, double x, double top, Role role, int column) {
        double size = font.getSize2D();
        double baseline = top + size * 0.95;
        List<TruthWord> words = new ArrayList<>();
        for (SetLine.Piece p : line.pieces()) {
            ops.add(new DrawOp.Text(p.text(), font, (float) (x + p.x()), (float) baseline));
            Box ink = Ink.of(p.text(), font, x + p.x(), baseline);
            if (ink != null) words.add(new TruthWord(p.text(), ink));
        }
        if (words.isEmpty()) return;
        if (line.split() != null) {
            SetLine.Split s = line.split();
            hyphens.add(new TruthHyphen(lines.size(), s.head(), s.tail(), s.word(), s.compound()));
        }
        Box box = Box.unionOf(words.stream().map(TruthWord::box).toList());
        boolean bold = font.getFontName().contains("Bold");
        lines.add(new TruthLine(line.text(!cjk), box, role, column, size, bold, words));
    }

    void fill(Box box, int grey) {
        ops.add(new DrawOp.Fill(box, grey));
    }
}
