package org.broadsheet.repair;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.broadsheet.model.Line;
import org.broadsheet.model.Region;
import org.broadsheet.model.Role;
import org.junit.jupiter.api.Test;

/**
 * A page's repair must not depend on hash order: a region's hash mixes in its role's identity hash,
 * which changes with whatever the process did before, so a batch gave one paragraph break or
 * another for the same page depending on which pages its worker had read earlier.
 */
class GeometryCuesOrderTest {
    private static final String TEXT = "the quick brown fox jumps over the lazy dog again";

    /** Two full regions of one column with different left edges, and a short region the column ends with. */
    private static List<Boolean> indents(String suffix) {
        PageLines page = new PageLines();
        List<Line> a = new ArrayList<>(), b = new ArrayList<>(), s = new ArrayList<>();
        for (int i = 0; i < 6; i++) a.add(page.en(TEXT, 100, 100 + i * 20, 0));
        for (int i = 0; i < 6; i++) b.add(page.en(TEXT, 130, 300 + i * 20, 0));
        for (int i = 0; i < 2; i++) s.add(page.en(TEXT, 115, 500 + i * 20, 0));
        Region ra = PageLines.region("a" + suffix, Role.BODY, a), rb = PageLines.region("b" + suffix, Role.BODY, b);
        Region rs = PageLines.region("s" + suffix, Role.BODY, s);
        List<GeometryCues.Placed> stream = new ArrayList<>();
        a.forEach(l -> stream.add(new GeometryCues.Placed(ra, l, l.text())));
        b.forEach(l -> stream.add(new GeometryCues.Placed(rb, l, l.text())));
        s.forEach(l -> stream.add(new GeometryCues.Placed(rs, l, l.text())));
        List<String> texts = stream.stream().map(GeometryCues.Placed::text).toList();
        SentenceStarts starts = new SentenceStarts(Lexicon.none("none in this test"), WordCounts.of(texts));
        return GeometryCues.cues(stream, false, starts).stream().map(LineCue::indented).toList();
    }

    @Test
    void theShortRegionIsMeasuredTheSameWhateverTheRegionsHash() {
        Set<List<Boolean>> seen = new HashSet<>();
        for (int k = 0; k < 40; k++) seen.add(indents(Integer.toString(k)));
        assertEquals(1, seen.size(), "the cues changed with the regions' ids: " + seen);
    }
}
