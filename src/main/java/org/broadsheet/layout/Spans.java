package org.broadsheet.layout;

import java.util.Comparator;
import java.util.List;

/** Lengths covered by intervals along one axis: a worn rule found in pieces is measured by what its pieces cover. */
public final class Spans {
    private Spans() {}

    /** How much of the axis the {start, end} spans cover together, overlaps counted once. Sorts the list. */
    public static int covered(List<int[]> spans) {
        spans.sort(Comparator.comparingInt(a -> a[0]));
        int covered = 0, reach = Integer.MIN_VALUE;
        for (int[] sp : spans) {
            if (sp[1] <= Math.max(reach, sp[0])) continue;
            covered += sp[1] - Math.max(sp[0], reach);
            reach = sp[1];
        }
        return covered;
    }
}
