package org.sextant.engine.leveling;

import java.util.List;

/**
 * The serial schedule generation scheme (Kelley 1963; Kolisch 1996, "Serial and parallel
 * resource-constrained project scheduling methods revisited", EJOR 90) over a time-indexed resource
 * profile, forward and backward.
 *
 * <p><b>Forward:</b> activities are taken in the order of a precedence-feasible list; each starts at
 * the earliest period at or after its links allow where every demanded resource has enough capacity
 * left over its whole duration. <b>Backward:</b> activities are taken in a reverse precedence-feasible
 * order and each starts as late as possible so that it finishes by a deadline and before its successors
 * need it. Running backward on the finish order of a forward schedule and then forward on the start
 * order of the result is the double justification of Valls, Ballestín and Quintanilla (2005,
 * "Justification and RCPSP: a technique that pays", EJOR 165), which never lengthens a schedule.
 *
 * <p>Complexity per pass: O(n·d·R·k + m) where d is the longest duration and k the number of
 * start candidates rejected per activity (the window jumps past each conflict found, scanning the
 * window from its far end). Activities with a fixed start are booked first and never move. With a
 * {@code latest} bound per activity (level within float) an activity that fits nowhere inside its
 * window starts at its earliest start anyway and the over-allocation is counted in
 * {@link #overload()} and, if asked, reported. Instances are not thread-safe; one per search thread.
 */
final class SerialScheduleGenerator {

    /**
     * Thrown when an activity fits nowhere before the horizon: its demand exceeds the resource's
     * capacity after the last capacity exception and no earlier window is long enough.
     */
    static final class NoCapacity extends RuntimeException {
        final int activity;

        NoCapacity(int activity) {
            super(null, null, false, false);
            this.activity = activity;
        }
    }

    /** Returned by {@link #backward} when the pass cannot complete. */
    static final int NO_SCHEDULE = Integer.MIN_VALUE;

    private final Network net;
    private final int r;
    private final int[] avail;
    private final int[] latest;
    private long overload;
    private int used;

    /**
     * @param latest latest allowed start per activity, or {@code null} to allow any delay
     */
    SerialScheduleGenerator(Network net, int[] latest) {
        this.net = net;
        this.r = net.resourceCount;
        this.avail = net.capacity.clone();
        this.latest = latest;
        this.used = avail.length / Math.max(1, r);
    }

    /** Over-allocated unit-periods the last forward pass had to leave (0 unless leveling within float). */
    long overload() {
        return overload;
    }

    private void reset() {
        System.arraycopy(net.capacity, 0, avail, 0, Math.min(avail.length, used * r));
        used = 0;
        overload = 0;
        for (int j = 0; j < net.n; j++) {
            if (net.fixedStart[j] >= 0) {
                book(j, net.fixedStart[j]);
            }
        }
    }

    /**
     * Forward pass: fills {@code start} and returns the makespan.
     *
     * @param order    every activity once, each after its predecessors
     * @param report   collects over-allocations left in place, or {@code null}
     */
    int forward(int[] order, int[] start, List<Overallocation> report) {
        reset();
        int makespan = 0;
        for (int j : order) {
            int s;
            if (net.fixedStart[j] >= 0) {
                s = net.fixedStart[j];
            } else {
                int es = earliestByLinks(j, start);
                s = earliestFeasible(j, es);
                if (latest != null && s > Math.max(es, latest[j])) {
                    s = es;
                    overload += overloadAt(j, s, report);
                }
                book(j, s);
            }
            start[j] = s;
            makespan = Math.max(makespan, s + net.duration[j]);
        }
        return makespan;
    }

    /**
     * Backward pass: every movable activity as late as possible finishing by {@code deadline},
     * taken in {@code order} (each after its successors). Fills {@code start}; returns the earliest
     * start, or {@link #NO_SCHEDULE} when some activity would have to start before its release date or
     * a fixed predecessor (possible only with negative start-to-start distances; keep the forward schedule).
     */
    int backward(int[] order, int[] start, int deadline) {
        reset();
        int first = Integer.MAX_VALUE;
        for (int j : order) {
            int s;
            if (net.fixedStart[j] >= 0) {
                s = net.fixedStart[j];
            } else {
                int ls = deadline - net.duration[j];
                for (int k = net.succStart[j]; k < net.succStart[j + 1]; k++) {
                    ls = Math.min(ls, start[net.succIndex[k]] - net.succLag[k]);
                }
                s = latestFeasible(j, ls, lowestStart(j, start));
                if (s == NO_SCHEDULE) {
                    return NO_SCHEDULE;
                }
                book(j, s);
            }
            start[j] = s;
            first = Math.min(first, s);
        }
        return first;
    }

    /** Release date and fixed predecessors: the bound a backward pass must not cross. */
    private int lowestStart(int j, int[] start) {
        int low = net.release[j];
        for (int k = net.predStart[j]; k < net.predStart[j + 1]; k++) {
            int p = net.predIndex[k];
            if (net.fixedStart[p] >= 0) {
                low = Math.max(low, net.fixedStart[p] + net.predLag[k]);
            }
        }
        return low;
    }

    int earliestByLinks(int j, int[] start) {
        int es = net.release[j];
        for (int k = net.predStart[j]; k < net.predStart[j + 1]; k++) {
            es = Math.max(es, start[net.predIndex[k]] + net.predLag[k]);
        }
        return es;
    }

    private int earliestFeasible(int j, int es) {
        int d = net.duration[j];
        int from = net.demandStart[j];
        int to = net.demandStart[j + 1];
        if (d == 0 || from == to) {
            return es;
        }
        int limit = latest == null ? Integer.MAX_VALUE : Math.max(es, latest[j]);
        int t = es;
        search:
        while (t <= limit && t + d <= net.horizon) {
            for (int tau = t + d - 1; tau >= t; tau--) {
                int base = tau * r;
                for (int k = from; k < to; k++) {
                    if (avail[base + net.demandResource[k]] < net.demandUnits[k]) {
                        t = tau + 1;
                        continue search;
                    }
                }
            }
            return t;
        }
        if (latest == null) {
            throw new NoCapacity(j);
        }
        return Integer.MAX_VALUE;
    }

    private int latestFeasible(int j, int ls, int low) {
        int d = net.duration[j];
        int from = net.demandStart[j];
        int to = net.demandStart[j + 1];
        if (d == 0 || from == to) {
            return ls >= low ? ls : NO_SCHEDULE;
        }
        int t = ls;
        search:
        while (t >= low) {
            for (int tau = t; tau < t + d; tau++) {
                int base = tau * r;
                for (int k = from; k < to; k++) {
                    if (avail[base + net.demandResource[k]] < net.demandUnits[k]) {
                        t = tau - d;
                        continue search;
                    }
                }
            }
            return t;
        }
        return NO_SCHEDULE;
    }

    private long overloadAt(int j, int s, List<Overallocation> report) {
        long excess = 0;
        for (int tau = s; tau < s + net.duration[j]; tau++) {
            for (int k = net.demandStart[j]; k < net.demandStart[j + 1]; k++) {
                int left = avail[tau * r + net.demandResource[k]];
                int missing = net.demandUnits[k] - Math.max(0, left);
                if (missing > 0) {
                    excess += missing;
                    if (report != null) {
                        report.add(new Overallocation(net.activityIds.get(j),
                                net.resourceIds.get(net.demandResource[k]), tau, net.demandUnits[k], Math.max(0, left)));
                    }
                }
            }
        }
        return excess;
    }

    private void book(int j, int s) {
        int end = s + net.duration[j];
        for (int tau = s; tau < end; tau++) {
            int base = tau * r;
            for (int k = net.demandStart[j]; k < net.demandStart[j + 1]; k++) {
                avail[base + net.demandResource[k]] -= net.demandUnits[k];
            }
        }
        used = Math.max(used, end);
    }
}
