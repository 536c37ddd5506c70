package org.broadsheet.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.broadsheet.source.Deskew;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DeskewTest {

    private static BufferedImage textPage() {
        BufferedImage img = new BufferedImage(1240, 1754, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SERIF, Font.PLAIN, 26));
        for (int col = 0; col < 3; col++) {
            for (int y = 120; y < 1650; y += 34) {
                g.drawString("The quick brown fox jumps over", 80 + col * 380, y);
            }
        }
        g.dispose();
        return img;
    }

    @ParameterizedTest
    @ValueSource(doubles = {-1.8, -0.7, 0.0, 0.4, 1.2, 1.9})
    void measuresTheTiltItWasGiven(double degrees) {
        // Rotating by -d tilts the page by d in the direction measure() reports.
        BufferedImage tilted = Deskew.rotate(textPage(), -degrees);
        assertEquals(degrees, Deskew.measure(tilted), 0.12);
    }

    @ParameterizedTest
    @ValueSource(doubles = {-1.5, 1.1})
    void straighteningLeavesLevelText(double degrees) {
        BufferedImage straight = Deskew.straighten(Deskew.rotate(textPage(), -degrees));
        assertTrue(Math.abs(Deskew.measure(straight)) <= 0.1, "still tilted after straightening");
    }
}
