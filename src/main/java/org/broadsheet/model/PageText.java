package org.broadsheet.model;

import java.util.List;

/**
 * Everything the text source (OCR or a PDF text layer) says about one page.
 *
 * @param number 1-based page number within its source file
 * @param dpi    resolution of the image the boxes refer to
 * @param skewDegrees the skew that was measured and removed before recognition (0 when none)
 */
public record PageText(int number, int width, int height, int dpi, TextRoute route, String routeReason,
                       List<Block> blocks, double skewDegrees) {
    public PageText {
        blocks = List.copyOf(blocks);
    }

    public PageText withSkew(double degrees) {
        return new PageText(number, width, height, dpi, route, routeReason, blocks, degrees);
    }

    public PageText withRouteReason(String reason) {
        return new PageText(number, width, height, dpi, route, reason, blocks, skewDegrees);
    }

    public List<Line> lines() {
        return blocks.stream().flatMap(b -> b.lines().stream()).toList();
    }

    public double meanConfidence() {
        return lines().stream().flatMap(l -> l.words().stream()).mapToDouble(Word::confidence).average().orElse(0);
    }
}
