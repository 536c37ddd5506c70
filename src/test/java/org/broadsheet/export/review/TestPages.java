package org.broadsheet.export.review;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/** Newspaper-like pages drawn with Java2D, for tests that need real OCR on a small page. */
final class TestPages {
    static final Path NOTO_CJK = Path.of("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc");
    static final int WIDTH = 1600;
    static final int HEIGHT = 2000;

    private TestPages() {}

    static final String[] ENGLISH_A = {
        "The county council met on Tuesday evening to discuss the new bridge over the river. "
            + "Members agreed that the old wooden crossing can no longer carry the weight of modern trucks.",
        "Work is expected to begin in the spring, weather permitting, and to last about eight months. "
            + "The engineer said the road will stay open to foot traffic during the whole time.",
        "Farmers from the valley asked that the work be finished before the harvest, when most of the grain "
            + "is carried to the railway station in town.",
    };
    static final String[] ENGLISH_B = {
        "The public library will open its new reading room next Monday morning at nine o'clock. "
            + "More than two thousand books were given by families of the district.",
        "Children under twelve may borrow two books a week, and the librarian will read stories "
            + "aloud every Saturday afternoon in the winter months.",
    };
    static final String[] CHINESE = {
        "本市新建的图书馆将于下周一上午九时正式开放。馆内藏书两万余册，其中大部分由本地居民捐赠。",
        "市政府表示，新馆设有儿童阅览室和报刊阅览室，每天开放十个小时，周末照常开放。",
        "据了解，图书馆还将定期举办读书会和讲座，欢迎市民踊跃参加，共同营造良好的读书氛围。",
    };

    /** Masthead, a headline across the page and two articles set in two columns. */
    static void english(Path file, String headline, String[] first, String second, String[] secondText) throws IOException {
        Font head = new Font("Liberation Serif", Font.BOLD, 64);
        Font body = new Font("Liberation Serif", Font.PLAIN, 30);
        Font sub = new Font("Liberation Serif", Font.BOLD, 42);
        page(file, g -> {
            g.setFont(new Font("Liberation Serif", Font.BOLD, 80));
            g.drawString("THE VALLEY HERALD", 420, 140);
            g.fillRect(80, 175, WIDTH - 160, 6);
            g.setFont(head);
            g.drawString(headline, 100, 280);
            int colW = (WIDTH - 160 - 60) / 2;
            int y = column(g, body, first, 80, 340, colW, false);
            g.drawLine(80 + colW + 30, 330, 80 + colW + 30, HEIGHT - 120);
            g.setFont(sub);
            g.drawString(second, 80 + colW + 60, 380);
            column(g, body, secondText, 80 + colW + 60, 430, colW, false);
            if (y > HEIGHT) throw new IllegalStateException("text does not fit");
        });
    }

    /** A Chinese page in three columns of horizontal text, set in Noto Sans CJK. */
    static void chinese(Path file) throws IOException {
        Font base;
        try {
            base = pick(Font.createFonts(NOTO_CJK.toFile()), "Noto Sans CJK SC");
        } catch (FontFormatException e) {
            throw new IOException(e);
        }
        Font head = base.deriveFont(Font.BOLD, 72f);
        Font body = base.deriveFont(Font.PLAIN, 34f);
        page(file, g -> {
            g.setFont(head);
            g.drawString("城市日报", 620, 150);
            g.fillRect(80, 185, WIDTH - 160, 6);
            g.setFont(base.deriveFont(Font.BOLD, 56f));
            g.drawString("新图书馆下周开放", 100, 290);
            int colW = (WIDTH - 160 - 2 * 50) / 3;
            for (int c = 0; c < 3; c++) {
                int x = 80 + c * (colW + 50);
                column(g, body, new String[] {CHINESE[c]}, x, 360, colW, true);
                if (c > 0) g.drawLine(x - 25, 340, x - 25, 1100);
            }
        });
    }

    private static Font pick(Font[] fonts, String family) {
        for (Font f : fonts) if (f.getFamily().equals(family)) return f;
        return fonts[0];
    }

    interface Drawing { void draw(Graphics2D g); }

    private static void page(Path file, Drawing drawing) throws IOException {
        BufferedImage img = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(Color.BLACK);
            g.setStroke(new BasicStroke(2));
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            drawing.draw(g);
        } finally {
            g.dispose();
        }
        Files.createDirectories(file.getParent());
        if (!ImageIO.write(img, "png", new File(file.toString()))) throw new IOException("no PNG writer");
    }

    /** Sets paragraphs in a column; returns the y below the last line. */
    private static int column(Graphics2D g, Font font, String[] paragraphs, int x, int y, int width, boolean byChar) {
        g.setFont(font);
        FontMetrics fm = g.getFontMetrics();
        int lh = (int) (fm.getHeight() * 1.15);
        for (String p : paragraphs) {
            for (String line : wrap(p, fm, width, byChar)) {
                g.drawString(line, x, y);
                y += lh;
            }
            y += lh / 2;
        }
        return y;
    }

    private static List<String> wrap(String text, FontMetrics fm, int width, boolean byChar) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        String[] units = byChar ? text.split("") : text.split(" ");
        for (String u : units) {
            String next = line.length() == 0 ? u : line + (byChar ? "" : " ") + u;
            if (fm.stringWidth(next) > width && line.length() > 0) {
                lines.add(line.toString());
                line = new StringBuilder(u);
            } else {
                line = new StringBuilder(next);
            }
        }
        if (line.length() > 0) lines.add(line.toString());
        return lines;
    }
}
