package org.broadsheet.source;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.IndexColorModel;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Conversion to grey gives the pixels Java 2D's drawing gives, by the shorter road where there is one. */
class ImagesTest {

    @Test
    void paletteImagesOfEveryDepthGreyAsJava2dDrawsThem() {
        Random random = new Random(5);
        for (int bits : new int[] {1, 2, 4, 8}) {
            int n = 1 << bits;
            byte[] r = new byte[n], g = new byte[n], b = new byte[n];
            random.nextBytes(r);
            random.nextBytes(g);
            random.nextBytes(b);
            IndexColorModel palette = new IndexColorModel(bits, n, r, g, b);
            int type = bits == 8 ? BufferedImage.TYPE_BYTE_INDEXED : BufferedImage.TYPE_BYTE_BINARY;
            BufferedImage src = new BufferedImage(301, 37, type, palette);
            for (int y = 0; y < src.getHeight(); y++) {
                for (int x = 0; x < src.getWidth(); x++) src.getRaster().setSample(x, y, 0, random.nextInt(n));
            }
            BufferedImage grey = Images.toGrey(src);
            assertEquals(BufferedImage.TYPE_BYTE_GRAY, grey.getType());
            assertArrayEquals(pixels(drawn(src)), pixels(grey), bits + "-bit palette");
        }
    }

    @Test
    void blackAndWhiteStaysPureBlackAndWhite() {
        BufferedImage src = new BufferedImage(17, 3, BufferedImage.TYPE_BYTE_BINARY);
        src.getRaster().setSample(16, 2, 0, 1);
        byte[] px = pixels(Images.toGrey(src));
        assertEquals(0, px[0]);
        assertEquals((byte) 0xff, px[px.length - 1]);
    }

    /** What toGrey did before it had a road for palettes: draw onto white. */
    private static BufferedImage drawn(BufferedImage src) {
        BufferedImage grey = new BufferedImage(src.getWidth(), src.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = grey.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, src.getWidth(), src.getHeight());
        g.drawImage(src, 0, 0, null);
        g.dispose();
        return grey;
    }

    private static byte[] pixels(BufferedImage grey) {
        return ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
    }
}
