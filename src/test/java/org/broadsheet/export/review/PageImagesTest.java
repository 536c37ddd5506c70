package org.broadsheet.export.review;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The review's small page images: halving by four-pixel means is bilinear scaling by one half. */
class PageImagesTest {

    @Test
    void halvingIsBilinearScalingByOneHalf() {
        BufferedImage src = new BufferedImage(402, 300, BufferedImage.TYPE_BYTE_GRAY);
        new Random(3).nextBytes(pixels(src));
        BufferedImage bilinear = new BufferedImage(201, 150, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = bilinear.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(src, 0, 0, 201, 150, null);
        g.dispose();
        assertArrayEquals(pixels(bilinear), pixels(PageImages.halved(src)));
    }

    @Test
    void anOddSizeLosesItsLastRowAndColumn() {
        BufferedImage src = new BufferedImage(5, 3, BufferedImage.TYPE_BYTE_GRAY);
        byte[] px = pixels(src);
        for (int i = 0; i < px.length; i++) px[i] = (byte) (i * 10);
        BufferedImage half = PageImages.halved(src);
        assertEquals(2, half.getWidth());
        assertEquals(1, half.getHeight());
        assertEquals((0 + 10 + 50 + 60 + 2) / 4, pixels(half)[0] & 0xff);
        assertEquals((20 + 30 + 70 + 80 + 2) / 4, pixels(half)[1] & 0xff);
    }

    @Test
    void aPageComesOutWithinTheReviewSize() {
        BufferedImage page = new BufferedImage(5863, 8217, BufferedImage.TYPE_BYTE_GRAY);
        BufferedImage small = PageImages.downscale(page);
        assertEquals(PageImages.MAX_HEIGHT, small.getHeight());
        assertEquals(Math.round(5863 * (double) PageImages.MAX_HEIGHT / 8217), small.getWidth());
    }

    private static byte[] pixels(BufferedImage grey) {
        return ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
    }
}
