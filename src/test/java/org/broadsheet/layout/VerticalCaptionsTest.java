package org.broadsheet.layout;

import static org.broadsheet.layout.PageFixture.BODY;
import static org.broadsheet.layout.PageFixture.colX;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.broadsheet.model.Block;
import org.broadsheet.model.BlockKind;
import org.broadsheet.model.Box;
import org.broadsheet.model.Justification;
import org.broadsheet.model.Line;
import org.broadsheet.model.PageLayout;
import org.broadsheet.model.PageText;
import org.broadsheet.model.Paragraph;
import org.broadsheet.model.Region;
import org.broadsheet.model.Role;
import org.broadsheet.model.Word;
import org.junit.jupiter.api.Test;

class VerticalCaptionsTest {
    private static final String TEXT = "城市地铁六号线今日开通运营全长三十二公里设站二十四座东西城区通勤时间缩短";
    private static final String CAPTION = "新线路列车驶出车站";

    /** A top-to-bottom line, one character box under the other. */
    private static Line vertical(String id, String text, int x, int y, int size) {
        List<Word> ws = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) ws.add(new Word(text.substring(i, i + 1), new Box(x, y + i * size, size, size), 0.9));
        return new Line(id, text, Box.unionOf(ws.stream().map(Word::box).toList()), ws, 0.9, true);
    }

    private static PageText with(PageText t, Line extra, Box image) {
        List<Block> blocks = new ArrayList<>(t.blocks());
        blocks.add(new Block("v", BlockKind.VERTICAL_TEXT, extra.box(),
                List.of(new Paragraph(extra.box(), List.of(extra), 0, Justification.UNKNOWN)), 0.9));
        if (image != null) blocks.add(new Block("img", BlockKind.IMAGE, image, List.of(), 1));
        return new PageText(t.number(), t.width(), t.height(), t.dpi(), t.route(), t.routeReason(), blocks, 0);
    }

    @Test
    void aVerticalLineBesideAPhotoIsItsCaption() {
        PageFixture f = new PageFixture(1500, 1400);
        for (int c = 0; c < 3; c++) f.column(c, 100, 8, TEXT);
        Box photo = new Box(colX(2), 600, 330, 400);
        f.photo(photo);
        Line caption = vertical("cap", CAPTION, photo.right() + 12, 610, 24);
        PageLayout l = new GridLayout().analyze(with(f.text(), caption, photo), f.image());
        List<Region> captions = l.regions().stream().filter(r -> r.role() == Role.CAPTION).toList();
        assertEquals(1, captions.size(), l.regions().toString());
        assertEquals(List.of(caption), captions.get(0).lines());
        assertEquals(2, captions.get(0).firstColumn());
    }

    @Test
    void aVerticalLineAwayFromAnyPhotoIsLeftOut() {
        PageFixture f = new PageFixture(1500, 1400);
        for (int c = 0; c < 3; c++) f.column(c, 100, 8, TEXT);
        Box photo = new Box(colX(2), 600, 330, 400);
        f.photo(photo);
        // text running down the margin: page furniture, far from the photo
        Line margin = vertical("m", "第三版要闻", 20, 700, BODY / 2);
        PageLayout l = new GridLayout().analyze(with(f.text(), margin, photo), f.image());
        assertTrue(l.regions().stream().noneMatch(r -> r.lines().contains(margin)), l.regions().toString());
    }
}
