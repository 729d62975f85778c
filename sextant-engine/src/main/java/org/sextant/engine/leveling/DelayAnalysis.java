package org.sextant.engine.leveling;

import java.util.ArrayList;
import java.util.List;

/**
 * Explains a leveled schedule: for each movable activity starting after its resource-free early start,
 * either a predecessor holds it back (its links allow no earlier start), or a resource does. In the
 * latter case the evidence is the first period in which starting at the earliest link-feasible period
 * would exceed the resource's capacity given all other activities' leveled positions. For a
 * left-justified schedule (every serial forward pass yields one) such a period always exists.
 * O(n·d·R + m + H·R).
 */
final class DelayAnalysis {

    private DelayAnalysis() {
    }

    static List<Delay> explain(Network net, CriticalPath cpm, int[] start) {
        int r = net.resourceCount;
        int[] load = new int[net.capacity.length];
        for (int j = 0; j < net.n; j++) {
            for (int tau = start[j]; tau < start[j] + net.duration[j]; tau++) {
                for (int k = net.demandStart[j]; k < net.demandStart[j + 1]; k++) {
                    load[tau * r + net.demandResource[k]] += net.demandUnits[k];
                }
            }
        }
        List<Delay> delays = new ArrayList<>();
        for (int j = 0; j < net.n; j++) {
            if (net.fixedStart[j] >= 0 || start[j] <= cpm.earlyStart[j]) {
                continue;
            }
            int es = net.release[j];
            int holding = -1;
            for (int k = net.predStart[j]; k < net.predStart[j + 1]; k++) {
                int candidate = start[net.predIndex[k]] + net.predLag[k];
                if (candidate > es || (candidate == es && holding < 0)) {
                    es = candidate;
                    holding = net.predIndex[k];
                }
            }
            DelayReason reason = es >= start[j] && holding >= 0
                    ? new DelayReason.PredecessorDelayed(net.activityIds.get(holding))
                    : overloadAt(net, load, start, j, es);
            delays.add(new Delay(net.activityIds.get(j), cpm.earlyStart[j], start[j], reason));
        }
        return delays;
    }

    private static DelayReason overloadAt(Network net, int[] load, int[] start, int j, int es) {
        int r = net.resourceCount;
        for (int tau = es; tau < es + net.duration[j]; tau++) {
            for (int k = net.demandStart[j]; k < net.demandStart[j + 1]; k++) {
                int res = net.demandResource[k];
                int own = tau >= start[j] && tau < start[j] + net.duration[j] ? net.demandUnits[k] : 0;
                int available = net.capacityAt(tau, res) - (load[tau * r + res] - own);
                if (available < net.demandUnits[k]) {
                    return new DelayReason.ResourceOverload(net.resourceIds.get(res), tau,
                            net.demandUnits[k], Math.max(0, available));
                }
            }
        }
        throw new IllegalStateException("schedule is not left-justified at activity " + net.activityIds.get(j));
    }
}
