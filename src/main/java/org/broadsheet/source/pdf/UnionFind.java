package org.broadsheet.source.pdf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups by pairwise links. Grouping this way is transitive by construction, unlike sorting with a
 * tolerance comparator, which breaks the sort contract as soon as a chain of near-equal values drifts.
 */
final class UnionFind {
    private final int[] parent;

    UnionFind(int n) {
        parent = new int[n];
        for (int i = 0; i < n; i++) parent[i] = i;
    }

    int find(int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    void union(int a, int b) {
        int ra = find(a), rb = find(b);
        if (ra != rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }

    /** The groups, each a list of member indices in increasing order, groups ordered by their smallest member. */
    List<List<Integer>> groups() {
        Map<Integer, List<Integer>> out = new LinkedHashMap<>();
        for (int i = 0; i < parent.length; i++) out.computeIfAbsent(find(i), k -> new ArrayList<>()).add(i);
        return new ArrayList<>(out.values());
    }
}
