package org.broadsheet.source.pdf;

import java.util.List;
import java.util.Map;
import org.broadsheet.model.Box;

/**
 * What one pass over a page's content stream found: the usable glyphs and the counts the router
 * decides on.
 *
 * @param glyphs         glyphs with usable text, visible and hidden, in drawing order
 * @param visibleGlyphs  visible glyphs with usable text, spaces not counted
 * @param hiddenGlyphs   glyphs drawn invisibly (text rendering mode 3 or 7, or under a later image) with usable text, spaces not counted
 * @param garbageGlyphs  glyphs whose font gives no Unicode or a private-use/control character
 * @param garbageByFont  the garbage glyph count per font name
 * @param images         pixel boxes of the images the page draws, in drawing order
 */
record PageGlyphs(int number, int width, int height, int dpi, List<PdfGlyph> glyphs, int visibleGlyphs,
                  int hiddenGlyphs, int garbageGlyphs, Map<String, Integer> garbageByFont, List<Box> images) {
    PageGlyphs {
        glyphs = List.copyOf(glyphs);
        garbageByFont = Map.copyOf(garbageByFont);
        images = List.copyOf(images);
    }

    int imageCount() {
        return images.size();
    }
}
