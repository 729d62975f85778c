package org.sextant.engine.leveling;

import java.util.SplittableRandom;

/**
 * Precedence-feasible activity lists built from priority rules.
 *
 * <p>{@link #priorityRule} is deterministic: among the activities whose predecessors are listed,
 * take the highest project priority, then the highest task priority, then the smallest latest finish
 * (LFT, the best single rule in Kolisch 1996), then the topological rank. {@link #regretBiased} is
 * regret-based biased random sampling (Drexl 1991; Kolisch &amp; Hartmann 1999): an eligible activity
 * is drawn with probability proportional to {@code (max LFT over eligible - its LFT + 1)^2}, giving a
 * diverse but good initial population. Both O(n^2) per list (n activities).
 */
final class PriorityLists {

    private final Network net;
    private final int[] lateFinish;
    private final int[] remaining;
    private final int[] eligible;

    PriorityLists(Network net, CriticalPath cpm) {
        this.net = net;
        this.lateFinish = new int[net.n];
        for (int j = 0; j < net.n; j++) {
            lateFinish[j] = cpm.lateFinish(net, j);
        }
        this.remaining = new int[net.n];
        this.eligible = new int[net.n];
    }

    /** The priority-rule list: project priority, task priority, latest finish, topological rank. */
    int[] priorityRule() {
        return build(null);
    }

    /** A list drawn by regret-based biased random sampling on the latest finish. */
    int[] regretBiased(SplittableRandom random) {
        return build(random);
    }

    private int[] build(SplittableRandom random) {
        int n = net.n;
        int[] list = new int[n];
        int size = 0;
        for (int j = 0; j < n; j++) {
            remaining[j] = net.predStart[j + 1] - net.predStart[j];
            if (remaining[j] == 0) {
                eligible[size++] = j;
            }
        }
        for (int i = 0; i < n; i++) {
            int pick = random == null ? best(size) : draw(size, random);
            int j = eligible[pick];
            eligible[pick] = eligible[--size];
            list[i] = j;
            for (int k = net.succStart[j]; k < net.succStart[j + 1]; k++) {
                int s = net.succIndex[k];
                if (--remaining[s] == 0) {
                    eligible[size++] = s;
                }
            }
        }
        return list;
    }

    private int best(int size) {
        int best = 0;
        for (int e = 1; e < size; e++) {
            if (before(eligible[e], eligible[best])) {
                best = e;
            }
        }
        return best;
    }

    private boolean before(int a, int b) {
        if (net.projectPriority[a] != net.projectPriority[b]) {
            return net.projectPriority[a] > net.projectPriority[b];
        }
        if (net.taskPriority[a] != net.taskPriority[b]) {
            return net.taskPriority[a] > net.taskPriority[b];
        }
        if (lateFinish[a] != lateFinish[b]) {
            return lateFinish[a] < lateFinish[b];
        }
        return net.topologicalRank[a] < net.topologicalRank[b];
    }

    private int draw(int size, SplittableRandom random) {
        int max = Integer.MIN_VALUE;
        for (int e = 0; e < size; e++) {
            max = Math.max(max, lateFinish[eligible[e]]);
        }
        double total = 0;
        for (int e = 0; e < size; e++) {
            double w = max - lateFinish[eligible[e]] + 1;
            total += w * w;
        }
        double x = random.nextDouble() * total;
        for (int e = 0; e < size; e++) {
            double w = max - lateFinish[eligible[e]] + 1;
            x -= w * w;
            if (x < 0) {
                return e;
            }
        }
        return size - 1;
    }
}
