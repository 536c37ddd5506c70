package org.broadsheet.testpages;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.File;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The faces a test page is set in, loaded from font files rather than by family name so that a
 * page looks the same on every machine that has the files (and fails loudly on one that has not).
 * Chinese pages use Noto Serif CJK for body text and Noto Sans CJK for headlines, in the SC or TC
 * flavour; English pages use Liberation Serif/Sans (Debian's fonts-liberation). There is no fallback:
 * another face wraps the lines differently, and the tests that check line breaks and titles would
 * then fail for a reason that has nothing to do with broadsheet.
 */
public final class PageFonts {

    /** Where Debian's fonts-noto-cjk puts its collections. */
    public static final String NOTO_DIR = "/usr/share/fonts/opentype/noto/";

    public enum Face { BODY, BODY_BOLD, HEADLINE, SANS, SANS_BOLD }

    private static final Map<String, Font> LOADED = new ConcurrentHashMap<>();

    private final Map<Face, Font> faces;

    private PageFonts(Map<Face, Font> faces) { this.faces = faces; }

    public static PageFonts forScript(Script script) {
        if (script.cjk()) {
            String flavour = script == Script.SIMPLIFIED ? "SC" : "TC";
            Font serif = cjk("NotoSerifCJK-Regular.ttc", "Noto Serif CJK " + flavour);
            Font serifBold = cjk("NotoSerifCJK-Bold.ttc", "Noto Serif CJK " + flavour + " Bold");
            Font sans = cjk("NotoSansCJK-Regular.ttc", "Noto Sans CJK " + flavour);
            Font sansBold = cjk("NotoSansCJK-Bold.ttc", "Noto Sans CJK " + flavour + " Bold");
            return new PageFonts(Map.of(Face.BODY, serif, Face.BODY_BOLD, serifBold, Face.HEADLINE, sansBold,
                    Face.SANS, sans, Face.SANS_BOLD, sansBold));
        }
        Font serif = latin("/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf");
        Font serifBold = latin("/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf");
        Font sans = latin("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf");
        Font sansBold = latin("/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf");
        return new PageFonts(Map.of(Face.BODY, serif, Face.BODY_BOLD, serifBold, Face.HEADLINE, serifBold,
                Face.SANS, sans, Face.SANS_BOLD, sansBold));
    }

    /** The face at a size in pixels. */
    public Font font(Face face, float px) {
        return faces.get(face).deriveFont(px);
    }

    /** The face's name, for the truth file (so a page records what it was set in). */
    public String name(Face face) {
        return faces.get(face).getFontName();
    }

    private static Font cjk(String file, String fontName) {
        File f = new File(NOTO_DIR + file);
        if (!f.isFile()) {
            throw new IllegalStateException("test pages need " + f + " (Debian package fonts-noto-cjk); it is missing");
        }
        return LOADED.computeIfAbsent(fontName, n -> {
            for (Font font : createAll(f)) if (font.getFontName().equals(n)) return font;
            throw new IllegalStateException(f + " holds no font named " + n);
        });
    }

    private static Font latin(String path) {
        File f = new File(path);
        if (!f.isFile()) {
            throw new IllegalStateException("test pages need " + f + " (Debian package fonts-liberation); it is missing");
        }
        return LOADED.computeIfAbsent(path, p -> createAll(f)[0]);
    }

    private static Font[] createAll(File f) {
        try {
            return Font.createFonts(f);
        } catch (FontFormatException | IOException e) {
            throw new IllegalStateException("cannot load font " + f + ": " + e.getMessage(), e);
        }
    }
}
