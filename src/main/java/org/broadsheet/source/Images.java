package org.broadsheet.source;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

/** Pixel conversions shared by the readers. */
final class Images {
    private Images() {}

    /** 8-bit grey, the one pixel format the rest of broadsheet reads. Transparent areas become white. */
    static BufferedImage toGrey(BufferedImage src) {
        if (src.getType() == BufferedImage.TYPE_BYTE_GRAY) return src;
        BufferedImage grey = new BufferedImage(src.getWidth(), src.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = grey.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, src.getWidth(), src.getHeight());
            g.drawImage(src, 0, 0, null);
        } finally {
            g.dispose();
        }
        return grey;
    }

    /** A resolution read from a file is trusted only within what scanners produce. */
    static int plausibleDpi(double dpi, int fallback) {
        return dpi >= 70 && dpi <= 2400 ? (int) Math.round(dpi) : fallback;
    }
}
