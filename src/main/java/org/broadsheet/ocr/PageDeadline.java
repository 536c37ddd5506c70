package org.broadsheet.ocr;

import com.sun.jna.Pointer;
import net.sourceforge.tess4j.ITessAPI.CANCEL_FUNC;
import net.sourceforge.tess4j.ITessAPI.ETEXT_DESC;

/**
 * Stops Tesseract when a page takes too long, through the monitor's cancel callback, which
 * Tesseract polls between words. (The monitor's own deadline field is not used: Tess4J's mapping
 * of the monitor does not match Tesseract 5's field layout past the callback.)
 */
final class PageDeadline {
    private final long deadline;
    private final ETEXT_DESC monitor;
    private final CANCEL_FUNC cancel;
    private volatile boolean expired;

    PageDeadline(long timeoutNanos) {
        if (timeoutNanos <= 0) {
            deadline = Long.MAX_VALUE;
            monitor = null;
            cancel = null;
            return;
        }
        deadline = System.nanoTime() + timeoutNanos;
        cancel = (Pointer self, int words) -> {
            if (System.nanoTime() > deadline) expired = true;
            return expired;
        };
        monitor = new ETEXT_DESC();
        monitor.cancel = cancel;
        monitor.write();
    }

    /** The monitor to pass to Recognize, or null when there is no limit. */
    ETEXT_DESC monitor() {
        return monitor;
    }

    boolean expired() {
        return expired;
    }
}
