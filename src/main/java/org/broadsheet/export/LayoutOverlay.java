package org.broadsheet.export;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.broadsheet.model.Article;
import org.broadsheet.model.ArticleDraft;
import org.broadsheet.model.Box;
import org.broadsheet.model.PageImage;
import org.broadsheet.model.PageLayout;
import org.broadsheet.model.Region;
import org.broadsheet.model.Role;
import org.broadsheet.model.Separator;

/**
 * The --debug-layout picture of a page: regions tinted by role, drawn rules in red, frames in
 * magenta, column grid in faint green, and each article outlined and numbered in reading order.
 */
public final class LayoutOverlay {
    private static final int MAX_HEIGHT = 3000;
    private static final Map<Role, Color> COLORS = Map.of(
            Role.MASTHEAD, new Color(128, 0, 128), Role.HEADLINE, new Color(220, 30, 30),
            Role.KICKER, new Color(255, 140, 0), Role.SUBTITLE, new Color(230, 180, 0),
            Role.SUBHEAD, new Color(160, 90, 40), Role.BYLINE, new Color(0, 160, 160),
            Role.BODY, new Color(40, 90, 220), Role.CAPTION, new Color(0, 170, 60),
            Role.FURNITURE, new Color(120, 120, 120));

    private LayoutOverlay() {}

    public static void write(PageImage page, PageLayout layout, List<ArticleDraft> articles, Path png) throws IOException {
        write(page, layout, articles.stream().map(ArticleDraft::box).toList(), png, true);
    }

    public static void writeArticles(PageImage page, PageLayout layout, List<Article> articles, Path png) throws IOException {
        write(page, layout, articles.stream().map(Article::bbox).toList(), png, true);
    }

    private static void write(PageImage page, PageLayout layout, List<Box> articleBoxes, Path png, boolean numbered)
            throws IOException {
        BufferedImage img = render(page, layout, articleBoxes, numbered);
        AtomicFiles.write(png, out -> {
            // In memory: ImageIO's default stream over an OutputStream caches through a temporary file.
            try (var stream = new MemoryCacheImageOutputStream(out)) {
                if (!ImageIO.write(img, "png", stream)) throw new IOException("no PNG writer");
            }
        });
    }

    static BufferedImage render(PageImage page, PageLayout layout, List<Box> articleBoxes, boolean numbered) {
        double s = Math.min(1.0, (double) MAX_HEIGHT / page.height());
        int w = (int) Math.round(page.width() * s), h = (int) Math.round(page.height() * s);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.drawImage(page.image(), 0, 0, w, h, null);
            g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.12f));
            g.setColor(new Color(0, 200, 0));
            for (Box c : layout.columns()) fill(g, c, s);
            g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.3f));
            for (Region r : layout.regions()) {
                g.setColor(COLORS.getOrDefault(r.role(), Color.GRAY));
                fill(g, r.box(), s);
            }
            g.setComposite(AlphaComposite.SrcOver);
            g.setStroke(new BasicStroke(3));
            g.setColor(Color.RED);
            for (Separator sep : layout.separators()) fill(g, grow(sep.box(), 2), s);
            g.setColor(Color.MAGENTA);
            for (Box f : layout.frames()) draw(g, f, s);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, Math.max(14, (int) (60 * s))));
            for (int i = 0; i < articleBoxes.size(); i++) {
                Box b = articleBoxes.get(i);
                if (b == null) continue;
                g.setColor(new Color(0, 0, 160));
                draw(g, grow(b, 6), s);
                if (numbered) {
                    String label = String.valueOf(i + 1);
                    int lx = (int) ((b.x() + 8) * s), ly = (int) ((b.y() + 8) * s) + g.getFont().getSize();
                    g.setColor(Color.YELLOW);
                    g.fillRect(lx - 2, ly - g.getFont().getSize(), g.getFontMetrics().stringWidth(label) + 4,
                            g.getFont().getSize() + 4);
                    g.setColor(Color.BLACK);
                    g.drawString(label, lx, ly);
                }
            }
        } finally {
            g.dispose();
        }
        return out;
    }

    private static Box grow(Box b, int d) {
        return new Box(b.x() - d, b.y() - d, b.w() + 2 * d, b.h() + 2 * d);
    }

    private static void fill(Graphics2D g, Box b, double s) {
        g.fillRect((int) (b.x() * s), (int) (b.y() * s), Math.max(1, (int) (b.w() * s)), Math.max(1, (int) (b.h() * s)));
    }

    private static void draw(Graphics2D g, Box b, double s) {
        g.drawRect((int) (b.x() * s), (int) (b.y() * s), (int) (b.w() * s), (int) (b.h() * s));
    }
}
