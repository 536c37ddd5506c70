package org.broadsheet.support;

import java.util.List;
import org.broadsheet.model.Line;
import org.broadsheet.model.PageImage;
import org.broadsheet.model.PageText;
import org.broadsheet.ocr.OcrEngine;
import org.broadsheet.ocr.OcrException;

/** Fails on pages whose width is a given value, answers like {@link FakeOcrEngine} otherwise. */
public final class CrashingOcrEngine implements OcrEngine {
    private final int crashWidth;
    private final boolean runtime;
    private final FakeOcrEngine fake = new FakeOcrEngine();

    /** @param runtime true to crash with an unchecked exception (a bug), false with an OcrException */
    public CrashingOcrEngine(int crashWidth, boolean runtime) {
        this.crashWidth = crashWidth;
        this.runtime = runtime;
    }

    @Override
    public PageText recognize(PageImage page) throws OcrException {
        if (page.width() == crashWidth) {
            if (runtime) throw new IllegalStateException("engine crashed on purpose");
            throw new OcrException("Tesseract failed to recognise page " + page.number());
        }
        return fake.recognize(page);
    }

    @Override
    public Line readLine(PageImage line, String id, boolean han) {
        return fake.readLine(line, id, han);
    }

    @Override
    public void close() {
        fake.close();
    }
}
