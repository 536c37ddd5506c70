package org.broadsheet.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.broadsheet.model.Box;

/**
 * Recursive XY cut: split the items into horizontal bands wherever no item straddles a gap, then
 * each band into columns the same way, and so on. Grouping by sweeping the sorted edges is
 * transitive, unlike sorting with a tolerance.
 */
public final class ReadingOrder {
    private ReadingOrder() {}

    public static <T> List<T> sort(List<T> items, Function<T, Box> box) {
        List<T> out = new ArrayList<>();
        cut(new ArrayList<>(items), box, true, out, 0);
        return out;
    }

    private static <T> void cut(List<T> items, Function<T, Box> box, boolean horizontal, List<T> out, int depth) {
        if (items.size() <= 1) {
            out.addAll(items);
            return;
        }
        List<List<T>> groups = groups(items, box, horizontal);
        if (groups.size() == 1) {
            List<List<T>> other = groups(items, box, !horizontal);
            if (other.size() == 1 || depth > 64) {
                items.sort(Comparator.comparingInt((T t) -> box.apply(t).y()).thenComparingInt(t -> box.apply(t).x()));
                out.addAll(items);
                return;
            }
            for (List<T> g : other) cut(g, box, horizontal, out, depth + 1);
            return;
        }
        for (List<T> g : groups) cut(g, box, !horizontal, out, depth + 1);
    }

    /** Items split where the sweep along y (horizontal bands) or x (columns) finds a gap. */
    static <T> List<List<T>> groups(List<T> items, Function<T, Box> box, boolean bands) {
        List<T> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparingInt(t -> bands ? box.apply(t).y() : box.apply(t).x()));
        List<List<T>> out = new ArrayList<>();
        int reach = Integer.MIN_VALUE;
        for (T t : sorted) {
            Box b = box.apply(t);
            int lo = bands ? b.y() : b.x(), hi = bands ? b.bottom() : b.right();
            if (out.isEmpty() || lo >= reach) out.add(new ArrayList<>());
            out.get(out.size() - 1).add(t);
            reach = Math.max(reach, hi);
        }
        return out;
    }
}
