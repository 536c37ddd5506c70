package org.broadsheet.layout;

import java.util.ArrayList;
import java.util.List;
import org.broadsheet.model.Block;
import org.broadsheet.model.BlockKind;
import org.broadsheet.model.Box;
import org.broadsheet.model.Line;
import org.broadsheet.model.PageImage;
import org.broadsheet.model.PageLayout;
import org.broadsheet.model.PageText;
import org.broadsheet.model.Region;
import org.broadsheet.model.Role;
import org.broadsheet.model.Separator;

/**
 * The newspaper layout: drawn rules and frames from the image, the column grid from where body
 * words lie, a role for every line, lines stacked into regions, regions in reading order.
 * Expects a deskewed page (the OCR boxes and the image must be upright).
 */
public final class GridLayout implements LayoutAnalyzer {

    @Override
    public PageLayout analyze(PageText text, PageImage image) {
        List<Line> lines = new ArrayList<>();
        List<Line> vertical = new ArrayList<>();
        List<Box> imageBlocks = new ArrayList<>();
        for (Block b : text.blocks()) {
            if (b.kind() == BlockKind.IMAGE) imageBlocks.add(b.box());
            for (Line l : b.lines()) if (!l.text().isBlank()) (l.vertical() ? vertical : lines).add(l);
        }
        double bodyH = LineMetrics.bodyHeight(lines);
        double bodyType = TypeSize.body(lines);
        lines = LineSplitter.tighten(dropShadowReadings(lines), 2 * bodyH);
        double bodyFs = LineMetrics.bodyFontSize(lines);
        List<Separator> rules = List.of();
        List<Box> frames = List.of();
        List<Box> photos = new ArrayList<>(imageBlocks);
        if (image != null) {
            Ink ink = Ink.of(image.image());
            int minLen = (int) Math.max(4 * bodyH, Math.min(image.width(), image.height()) * 0.03);
            rules = RuleDetector.detect(ink, minLen, (int) Math.max(3, bodyH * 0.3));
            frames = RuleDetector.frames(rules, (int) Math.max(6, bodyH), (int) (2 * bodyH));
            photos.addAll(PhotoFinder.find(image.image(), lines, (int) Math.round(bodyH / 2)));
            // Texture inside a photo is not a rule, and a frame drawn there frames nothing.
            List<Box> pics0 = photos;
            rules = rules.stream().filter(r -> pics0.stream().noneMatch(p -> inside(r.box(), p))).toList();
            frames = frames.stream().filter(f -> pics0.stream().noneMatch(p -> inside(f, p))).toList();
        }
        List<Line> upright = LineSplitter.split(LineSplitter.dropRuleArtifacts(lines, rules, bodyH), List.of(), rules, (int) bodyH);
        List<Box> pics = photos;
        upright = upright.stream().filter(l -> pics.stream().noneMatch(p -> p.contains(l.box()))).toList();
        List<Box> columns = ColumnGrid.find(bodyLines(upright, bodyH, bodyFs), rules, text.width(), (int) bodyH);
        // Lines read across gutters are tightened once cut, each piece measured on its own words.
        List<Line> split = LineSplitter.tighten(LineSplitter.split(upright, columns, rules, (int) bodyH), Double.MAX_VALUE);
        boolean hanBody = Scripts.cjkShare(String.join("", split.stream().map(Line::text).toList())) > 0.5;
        PageContext ctx = new PageContext(text.width(), text.height(), bodyH, bodyFs, bodyType, hanBody, columns, rules,
                frames, photos);

        List<Role> roles = new RoleClassifier(ctx).classify(split);
        CaptionFinder.mark(split, roles, photos, bodyH);
        List<Region> regions = new RegionBuilder(ctx).build(split, roles, "p" + text.number());
        regions = HeadlineStack.settle(HeadlinePieces.join(regions, ctx), ctx);
        regions = new ArrayList<>(regions);
        regions.addAll(VerticalCaptions.find(vertical, ctx, "p" + text.number()));
        return new PageLayout(text, columns, rules, frames, ReadingOrder.sort(regions, Region::box));
    }

    /**
     * Engines sometimes read one printed line twice, once well and once as noise, with overlapping
     * boxes; the weaker reading goes. Low confidence alone is no reason to drop text: a page in a
     * script the model reads badly is all low confidence.
     */
    private static List<Line> dropShadowReadings(List<Line> lines) {
        List<Line> out = new ArrayList<>();
        for (Line l : lines) {
            boolean shadow = l.confidence() < 0.5 && lines.stream().anyMatch(o -> o != l && o.confidence() > l.confidence()
                    && o.box().intersectionArea(l.box()) >= 0.5 * l.box().area());
            if (!shadow) out.add(l);
        }
        return out;
    }

    private static boolean inside(Box b, Box photo) {
        return b.centerX() > photo.x() && b.centerX() < photo.right() && b.centerY() > photo.y() && b.centerY() < photo.bottom();
    }

    /** Lines set in body type: the ones that show the column grid. */
    private static List<Line> bodyLines(List<Line> lines, double bodyH, double bodyFs) {
        return lines.stream().filter(l -> {
            double r = bodyFs > 0 && LineMetrics.fontSize(l) > 0 ? LineMetrics.fontSize(l) / bodyFs : LineMetrics.height(l) / bodyH;
            return r > 0.75 && r < 1.3 && l.box().w() > 3 * bodyH;
        }).toList();
    }
}
