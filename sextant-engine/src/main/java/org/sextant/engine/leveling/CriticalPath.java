package org.sextant.engine.leveling;

/**
 * Resource-free early and late starts (the critical path method of Kelley &amp; Walker 1959, here over
 * start-to-start distances, i.e. the MPM form), honouring release dates and fixed starts. O(n + m) in topological order. The late starts are
 * computed against the early finish of the whole network, so {@code lateStart - earlyStart} is the
 * total float used by "level within float". The early finish is the lower bound the search stops at
 * (PSPLIB's "MPM-Time"). Precondition: the network is acyclic ({@link Network#compile} checked it).
 */
final class CriticalPath {

    final int[] earlyStart;
    final int[] lateStart;
    final int makespan;

    CriticalPath(Network net) {
        int n = net.n;
        earlyStart = new int[n];
        lateStart = new int[n];
        int finish = 0;
        for (int j : net.topologicalOrder) {
            int es = net.release[j];
            for (int k = net.predStart[j]; k < net.predStart[j + 1]; k++) {
                es = Math.max(es, earlyStart[net.predIndex[k]] + net.predLag[k]);
            }
            earlyStart[j] = net.fixedStart[j] >= 0 ? net.fixedStart[j] : es;
            finish = Math.max(finish, earlyStart[j] + net.duration[j]);
        }
        makespan = finish;
        for (int i = n - 1; i >= 0; i--) {
            int j = net.topologicalOrder[i];
            int ls = finish - net.duration[j];
            for (int k = net.succStart[j]; k < net.succStart[j + 1]; k++) {
                ls = Math.min(ls, lateStart[net.succIndex[k]] - net.succLag[k]);
            }
            lateStart[j] = net.fixedStart[j] >= 0 ? net.fixedStart[j] : Math.max(ls, earlyStart[j]);
        }
    }

    /** Latest finish of an activity, the LFT priority rule's key. */
    int lateFinish(Network net, int j) {
        return lateStart[j] + net.duration[j];
    }
}
