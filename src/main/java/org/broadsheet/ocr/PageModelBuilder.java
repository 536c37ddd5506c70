package org.broadsheet.ocr;

import java.util.ArrayList;
import java.util.List;
import org.broadsheet.model.Block;
import org.broadsheet.model.BlockKind;
import org.broadsheet.model.Box;
import org.broadsheet.model.Justification;
import org.broadsheet.model.Line;
import org.broadsheet.model.Paragraph;
import org.broadsheet.model.Word;

/**
 * Collects the events of a walk over Tesseract's result (block, paragraph, line starts and words)
 * into immutable blocks. Kept apart from the engine so the model can be built without Tesseract.
 */
final class PageModelBuilder {
    private final String idPrefix;
    private final int dx, dy;
    private final List<Block> blocks = new ArrayList<>();
    private final List<Paragraph> paras = new ArrayList<>();
    private final List<Line> lines = new ArrayList<>();
    private final List<Word> words = new ArrayList<>();
    private int blockType;
    private Box blockBox, paraBox, lineBox;
    private double blockConf, lineConf;
    private String lineText;
    private final StringBuilder composedText = new StringBuilder();
    private int paraJust, paraIndent;
    private int lineCount;

    PageModelBuilder(int page) {
        this("p" + page + "_", 0, 0);
    }

    /** For a reading of part of a page: ids start with {@code idPrefix}, boxes are moved by (dx, dy) into page pixels. */
    PageModelBuilder(String idPrefix, int dx, int dy) {
        this.idPrefix = idPrefix;
        this.dx = dx;
        this.dy = dy;
    }

    private Box moved(Box b) {
        return b.moved(dx, dy);
    }

    void startBlock(int type, Box box, double conf) {
        endBlock();
        blockType = type;
        blockBox = moved(box);
        blockConf = conf;
    }

    void startParagraph(Box box, int justification, int firstLineIndent) {
        endParagraph();
        paraBox = moved(box);
        paraJust = justification;
        paraIndent = firstLineIndent;
    }

    /** @param text the line's text, or null to put it together from {@link #appendToLine} */
    void startLine(Box box, String text, double conf) {
        endLine();
        lineBox = moved(box);
        lineText = text;
        lineConf = conf;
    }

    /** One word of a line whose text is put together here: the blanks seen before it, then its text (blank or not). */
    void appendToLine(int blanks, String wordText) {
        composedText.append(" ".repeat(Math.max(0, blanks))).append(wordText);
    }

    void addWord(String text, Box box, double conf) {
        words.add(new Word(text.strip(), moved(box), conf));
    }

    List<Block> finish() {
        endBlock();
        return List.copyOf(blocks);
    }

    private void endLine() {
        if (lineBox != null && !words.isEmpty()) {
            lineCount++;
            String text = (lineText != null ? lineText : composedText.toString()).strip();
            lines.add(new Line(idPrefix + "l" + lineCount, text, lineBox, words, lineConf,
                    blockType == 7 /* PT_VERTICAL_TEXT */ && lineBox.h() > lineBox.w() * 2));
        }
        words.clear();
        composedText.setLength(0);
        lineBox = null;
    }

    private void endParagraph() {
        endLine();
        if (paraBox != null && !lines.isEmpty()) {
            paras.add(new Paragraph(paraBox, lines, paraIndent, justification(paraJust)));
        }
        lines.clear();
        paraBox = null;
    }

    private void endBlock() {
        endParagraph();
        if (blockBox != null && !paras.isEmpty()) {
            blocks.add(new Block(idPrefix + "b" + (blocks.size() + 1), kind(blockType), blockBox, paras, blockConf));
        }
        paras.clear();
        blockBox = null;
    }

    private static Justification justification(int j) {
        return switch (j) {
            case 1 -> Justification.LEFT;
            case 2 -> Justification.CENTER;
            case 3 -> Justification.RIGHT;
            default -> Justification.UNKNOWN;
        };
    }

    /** Tesseract's PolyBlockType codes, in the order of its enum. */
    static BlockKind kind(int type) {
        return switch (type) {
            case 1, 3 -> BlockKind.TEXT;
            case 2 -> BlockKind.HEADING;
            case 6 -> BlockKind.TABLE;
            case 7 -> BlockKind.VERTICAL_TEXT;
            case 8 -> BlockKind.CAPTION;
            case 9, 10, 11 -> BlockKind.IMAGE;
            case 12, 13 -> BlockKind.SEPARATOR;
            default -> BlockKind.OTHER;
        };
    }
}
