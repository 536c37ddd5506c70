package org.broadsheet.model;

import java.awt.image.BufferedImage;
import java.awt.image.ComponentSampleModel;
import java.awt.image.DataBufferByte;
import java.awt.image.Raster;

/** Direct access to an 8-bit grey page's bytes, row after row, when it is stored that way. */
public final class GreyPixels {
    private GreyPixels() {}

    /**
     * The image's bytes, {@code width} per row from offset 0, or null when it is stored otherwise
     * (a sub-image, several bands): the callers then fall back to reading rows through the raster.
     */
    public static byte[] of(BufferedImage image) {
        Raster r = image.getRaster();
        if (r.getNumBands() != 1 || !(r.getDataBuffer() instanceof DataBufferByte b) || b.getNumBanks() != 1) return null;
        if (!(r.getSampleModel() instanceof ComponentSampleModel m) || m.getPixelStride() != 1
                || m.getScanlineStride() != image.getWidth()) return null;
        if (r.getSampleModelTranslateX() != 0 || r.getSampleModelTranslateY() != 0 || b.getOffset() != 0) return null;
        return b.getData();
    }
}
