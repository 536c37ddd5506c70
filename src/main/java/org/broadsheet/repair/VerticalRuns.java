package org.broadsheet.repair;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds vertical captions that extraction cut into one character per line: runs of consecutive
 * lines holding a single ideograph each. Ordinary wrapping never leaves three such lines in a row.
 */
final class VerticalRuns {
    private VerticalRuns() {}

    static final int MIN_RUN = 3;

    /** Index ranges [from, to) of the runs, in order. */
    static List<int[]> find(List<String> texts) {
        List<int[]> runs = new ArrayList<>();
        int i = 0;
        while (i < texts.size()) {
            int j = i;
            while (j < texts.size() && isSingleIdeograph(texts.get(j))) j++;
            if (j - i >= MIN_RUN) runs.add(new int[] {i, j});
            i = Math.max(j, i + 1);
        }
        return runs;
    }

    private static boolean isSingleIdeograph(String text) {
        String t = text.strip();
        return t.codePointCount(0, t.length()) == 1 && Script.isHan(t.codePointAt(0));
    }
}
