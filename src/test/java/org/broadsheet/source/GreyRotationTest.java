package org.broadsheet.source;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The straightening rotation must give Tesseract the very pixels Java 2D's bilinear drawing gives. */
class GreyRotationTest {

    /** Text over noise, odd sizes: every interpolation weight and both edge clamps get exercised. */
    private static BufferedImage noisyPage(int w, int h, long seed) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        byte[] px = pixels(img);
        new Random(seed).nextBytes(px);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SERIF, Font.BOLD, 23));
        for (int y = 40; y < h; y += 31) g.drawString("Deseret News, June 15 1850. 江城日报", 7, y);
        g.dispose();
        return img;
    }

    private static byte[] pixels(BufferedImage img) {
        return ((DataBufferByte) img.getRaster().getDataBuffer()).getData();
    }

    /** What Deskew drew before: Java 2D's bilinear rotation onto a white page. */
    private static BufferedImage java2d(BufferedImage image, double degrees) {
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, out.getWidth(), out.getHeight());
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(image, AffineTransform.getRotateInstance(Math.toRadians(-degrees),
                image.getWidth() / 2.0, image.getHeight() / 2.0), null);
        g.dispose();
        return out;
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.1, -0.13, 0.63, -1.275, 2.025, -3.0, 7.5})
    void givesJava2dsPixelsExactly(double degrees) {
        BufferedImage page = noisyPage(1237, 1613, Double.doubleToLongBits(degrees));
        BufferedImage expected = java2d(page, degrees);
        BufferedImage actual = Deskew.rotate(page, degrees);
        assertArrayEquals(pixels(expected), pixels(actual), "pixels differ at " + degrees + " degrees");
        assertNotEquals(-1, Arrays.mismatch(pixels(page), pixels(actual)), "the page was not rotated");
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.4, -0.9})
    void aSubimageGoesThroughJava2dAndGivesTheSamePixels(double degrees) {
        BufferedImage whole = noisyPage(900, 700, 11);
        BufferedImage part = whole.getSubimage(13, 17, 611, 503);
        BufferedImage copy = new BufferedImage(611, 503, BufferedImage.TYPE_BYTE_GRAY);
        copy.getRaster().setRect(part.getRaster().createTranslatedChild(0, 0));
        assertArrayEquals(pixels(java2d(part, degrees)), pixels(Deskew.rotate(part, degrees)));
        assertArrayEquals(pixels(Deskew.rotate(copy, degrees)), pixels(Deskew.rotate(part, degrees)));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void tinyPagesToo(int size) {
        BufferedImage page = noisyPage(size, size + 1, size);
        assertArrayEquals(pixels(java2d(page, 1.5)), pixels(Deskew.rotate(page, 1.5)));
        assertEquals(size * (size + 1), pixels(Deskew.rotate(page, 1.5)).length);
    }
}
