package org.broadsheet.layout;

import java.util.ArrayList;
import java.util.List;
import org.broadsheet.model.Block;
import org.broadsheet.model.BlockKind;
import org.broadsheet.model.PageImage;
import org.broadsheet.model.PageLayout;
import org.broadsheet.model.PageText;
import org.broadsheet.model.Region;
import org.broadsheet.model.Role;

/** The simplest layout: every text block the source found is one body region, in the source's order. */
public final class BlockLayout implements LayoutAnalyzer {
    @Override
    public PageLayout analyze(PageText text, PageImage image) {
        List<Region> regions = new ArrayList<>();
        for (Block b : text.blocks()) {
            if (b.kind() == BlockKind.IMAGE || b.kind() == BlockKind.SEPARATOR || b.lines().isEmpty()) continue;
            regions.add(new Region(b.id(), Role.BODY, b.box(), b.lines(), 0, 0, false));
        }
        return new PageLayout(text, List.of(), List.of(), List.of(), regions);
    }
}
