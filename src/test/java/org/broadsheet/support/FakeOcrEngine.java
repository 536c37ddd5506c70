package org.broadsheet.support;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
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
import org.broadsheet.ocr.OcrEngine;

/**
 * Answers every page with one block holding one line, "page N", so batch logic can be tested fast.
 * Tests that need a slow or watchful engine extend it and override {@link #beforePage}.
 */
public class FakeOcrEngine implements OcrEngine {
    public static final AtomicInteger CREATED = new AtomicInteger();
    public static final AtomicInteger CLOSED = new AtomicInteger();

    public FakeOcrEngine() {
        CREATED.incrementAndGet();
    }

    /** Called as each page is recognised, before the answer is made. */
    protected void beforePage(PageImage page) {}

    @Override
    public PageText recognize(PageImage page) {
        beforePage(page);
        Box box = new Box(10, 10, Math.max(1, page.width() / 2), 30);
        String text = "page " + page.number() + " " + page.width() + "x" + page.height();
        Line line = new Line("p" + page.number() + "_l1", text, box, List.of(new Word(text, box, 0.9)), 0.9, false);
        Block block = new Block("p" + page.number() + "_b1", BlockKind.TEXT, box,
                List.of(new Paragraph(box, List.of(line), 0, Justification.LEFT)), 0.9);
        return new PageText(page.number(), page.width(), page.height(), page.dpi(), TextRoute.OCR, "fake",
                List.of(block), 0);
    }

    /** The fake reads nothing again: pages keep their first reading. */
    @Override
    public Line readLine(PageImage line, String id, boolean han) {
        return null;
    }

    @Override
    public void close() {
        CLOSED.incrementAndGet();
    }
}
