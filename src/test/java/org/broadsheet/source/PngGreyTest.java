package org.broadsheet.source;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import javax.imageio.ImageIO;
import org.broadsheet.support.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PNG pages decoded straight to grey are, to the byte, what Java's reader and the grey conversion give. */
class PngGreyTest {
    @TempDir
    Path tmp;

    @Test
    void rgbAndGreyPagesMatchJavasReaderByteForByte() throws IOException {
        Random random = new Random(11);
        for (int type : new int[] {BufferedImage.TYPE_3BYTE_BGR, BufferedImage.TYPE_BYTE_GRAY}) {
            // Noise, flat areas and gradients, so that the writer picks every row filter somewhere.
            BufferedImage src = new BufferedImage(613, 211, type);
            for (int y = 0; y < src.getHeight(); y++) {
                for (int x = 0; x < src.getWidth(); x++) {
                    int rgb = y < 70 ? random.nextInt(1 << 24) : y < 140 ? 0x808080 + x : (x * 7 + y * 3) * 0x010203;
                    src.setRGB(x, y, rgb);
                }
            }
            Path png = tmp.resolve("page-" + type + ".png");
            ImageIO.write(src, "png", png.toFile());
            assertArrayEquals(pixels(Images.toGrey(ImageIO.read(png.toFile()))), pixels(PngGrey.read(png)), "type " + type);
        }
    }

    @Test
    void aRenderedTextPageMatches() throws IOException {
        Path png = TestFiles.write(tmp.resolve("text.png"), TestFiles.encode(TestFiles.textPage(900, 300, "Grey text"), "png"));
        assertArrayEquals(pixels(Images.toGrey(ImageIO.read(png.toFile()))), pixels(PngGrey.read(png)));
    }

    @Test
    void otherPngsAreLeftToJavasReader() throws IOException {
        BufferedImage palette = new BufferedImage(40, 20, BufferedImage.TYPE_BYTE_BINARY);
        Path p1 = tmp.resolve("palette.png");
        ImageIO.write(palette, "png", p1.toFile());
        assertNull(PngGrey.read(p1), "palette");
        BufferedImage alpha = new BufferedImage(40, 20, BufferedImage.TYPE_INT_ARGB);
        Path p2 = tmp.resolve("alpha.png");
        ImageIO.write(alpha, "png", p2.toFile());
        assertNull(PngGrey.read(p2), "alpha channel");
        BufferedImage deep = new BufferedImage(40, 20, BufferedImage.TYPE_USHORT_GRAY);
        Path p3 = tmp.resolve("deep.png");
        ImageIO.write(deep, "png", p3.toFile());
        assertNull(PngGrey.read(p3), "16 bits");
        Path notPng = TestFiles.write(tmp.resolve("x.png"), "not a png at all".getBytes());
        assertNull(PngGrey.read(notPng));
    }

    @Test
    void aCutShortPngIsAnError() throws IOException {
        byte[] full = TestFiles.encode(TestFiles.textPage(300, 200, "cut"), "png");
        Path cut = TestFiles.write(tmp.resolve("cut.png"), Arrays.copyOf(full, full.length / 2));
        assertThrows(IOException.class, () -> PngGrey.read(cut));
        assertNotNull(PngGrey.read(TestFiles.write(tmp.resolve("whole.png"), full)));
    }

    private static byte[] pixels(BufferedImage grey) {
        return ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
    }
}
