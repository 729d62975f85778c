package org.sextant.engine.leveling;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The array form of a {@link LevelingProblem} that every algorithm works on: activities are
 * indices {@code 0..n-1}, links are start-to-start minimum distances in compressed sparse rows,
 * demands are compressed rows of (resource, units), capacities a period-major table.
 *
 * <p>Built in O(n + m + R·H) for n activities, m links, R resources and horizon H. {@link #compile}
 * validates the input and detects cycles (Kahn's algorithm, then a walk back along unprocessed
 * predecessors to extract one loop), returning refusals as values.
 */
final class Network {

    /** Longest horizon in periods (time values must fit in 23 bits of a heap key). */
    static final long MAX_HORIZON = 8_000_000L;
    /** Largest resource profile (periods x resources). */
    static final long MAX_CELLS = 64_000_000L;
    /** Most activities (indices must fit in 20 bits of a heap key). */
    static final int MAX_ACTIVITIES = 1 << 20;

    final int n;
    final int resourceCount;
    final int[] duration;
    final int[] release;
    /** Fixed start, or -1 when the activity may move. */
    final int[] fixedStart;
    final int[] demandStart;
    final int[] demandResource;
    final int[] demandUnits;
    final int[] predStart;
    final int[] predIndex;
    final int[] predLag;
    final int[] succStart;
    final int[] succIndex;
    final int[] succLag;
    /** A bound on the finish of any schedule a serial generation scheme can build. */
    final int horizon;
    /** {@code capacity[t * resourceCount + r]} for {@code t < horizon}. */
    final int[] capacity;
    final int[] topologicalOrder;
    /** Position of each activity in {@link #topologicalOrder}. */
    final int[] topologicalRank;
    /** Capacity is constant, nothing is fixed and nothing released late: schedules may shift in time. */
    final boolean shiftInvariant;
    final int[] projectPriority;
    final int[] taskPriority;
    final List<ActivityId> activityIds;
    final List<ResourceId> resourceIds;

    private Network(LevelingProblem p, Map<ActivityId, Integer> index, Map<ResourceId, Integer> resIndex) {
        n = p.activities().size();
        resourceCount = p.resources().size();
        duration = new int[n];
        release = new int[n];
        fixedStart = new int[n];
        projectPriority = new int[n];
        taskPriority = new int[n];
        demandStart = new int[n + 1];
        List<int[]> demands = new ArrayList<>();
        long horizonBound = 1;
        boolean invariant = true;
        for (int j = 0; j < n; j++) {
            Activity a = p.activities().get(j);
            duration[j] = a.duration();
            release[j] = a.releaseDate();
            fixedStart[j] = a.fixedStart().orElse(-1);
            projectPriority[j] = a.projectPriority();
            taskPriority[j] = a.taskPriority();
            horizonBound += a.duration() + a.releaseDate() + Math.max(0, fixedStart[j]);
            invariant &= a.releaseDate() == 0 && fixedStart[j] < 0;
            int[] perResource = new int[resourceCount];
            for (Demand d : a.demands()) {
                perResource[resIndex.get(d.resource())] += d.units();
            }
            for (int r = 0; r < resourceCount; r++) {
                if (perResource[r] > 0) {
                    demands.add(new int[] {r, perResource[r]});
                }
            }
            demandStart[j + 1] = demands.size();
        }
        demandResource = new int[demands.size()];
        demandUnits = new int[demands.size()];
        for (int k = 0; k < demands.size(); k++) {
            demandResource[k] = demands.get(k)[0];
            demandUnits[k] = demands.get(k)[1];
        }
        int m = p.links().size();
        int[] from = new int[m];
        int[] to = new int[m];
        int[] lag = new int[m];
        for (int k = 0; k < m; k++) {
            Link l = p.links().get(k);
            from[k] = index.get(l.predecessor());
            to[k] = index.get(l.successor());
            lag[k] = l.type().startToStartLag(duration[from[k]], duration[to[k]], l.lag());
            horizonBound += Math.abs(lag[k]);
        }
        predStart = new int[n + 1];
        succStart = new int[n + 1];
        predIndex = new int[m];
        predLag = new int[m];
        succIndex = new int[m];
        succLag = new int[m];
        fillRows(to, from, lag, predStart, predIndex, predLag);
        fillRows(from, to, lag, succStart, succIndex, succLag);
        int constantFrom = 0;
        for (Resource r : p.resources()) {
            constantFrom = Math.max(constantFrom, r.capacity().constantFrom());
            invariant &= r.capacity().exceptions().isEmpty();
        }
        shiftInvariant = invariant;
        horizonBound += constantFrom;
        if (horizonBound > MAX_HORIZON || horizonBound * Math.max(1, resourceCount) > MAX_CELLS) {
            throw new IllegalArgumentException("planning horizon too long: " + horizonBound + " periods");
        }
        horizon = (int) horizonBound;
        capacity = new int[horizon * resourceCount];
        for (int r = 0; r < resourceCount; r++) {
            CapacityProfile profile = p.resources().get(r).capacity();
            for (int t = 0; t < horizon; t++) {
                capacity[t * resourceCount + r] = profile.defaultUnits();
            }
            for (CapacityPeriod period : profile.exceptions()) {
                for (int t = period.from(); t < Math.min(period.to(), horizon); t++) {
                    capacity[t * resourceCount + r] = period.units();
                }
            }
        }
        topologicalOrder = new int[n];
        topologicalRank = new int[n];
        activityIds = p.activities().stream().map(Activity::id).toList();
        resourceIds = p.resources().stream().map(Resource::id).toList();
    }

    private void fillRows(int[] owner, int[] other, int[] lag, int[] start, int[] index, int[] lags) {
        for (int o : owner) {
            start[o + 1]++;
        }
        for (int j = 0; j < n; j++) {
            start[j + 1] += start[j];
        }
        int[] next = Arrays.copyOf(start, n);
        for (int k = 0; k < owner.length; k++) {
            int pos = next[owner[k]]++;
            index[pos] = other[k];
            lags[pos] = lag[k];
        }
    }

    /** The compiled network, or the reason the problem cannot be leveled. */
    record Compilation(Network network, LevelingResult refusal) {
    }

    static Compilation compile(LevelingProblem problem) {
        List<String> problems = new ArrayList<>();
        Map<ActivityId, Integer> index = new HashMap<>();
        for (Activity a : problem.activities()) {
            if (index.putIfAbsent(a.id(), index.size()) != null) {
                problems.add("duplicate activity " + a.id());
            }
        }
        Map<ResourceId, Integer> resIndex = new HashMap<>();
        for (Resource r : problem.resources()) {
            if (resIndex.putIfAbsent(r.id(), resIndex.size()) != null) {
                problems.add("duplicate resource " + r.id());
            }
        }
        for (Activity a : problem.activities()) {
            for (Demand d : a.demands()) {
                if (!resIndex.containsKey(d.resource())) {
                    problems.add("activity " + a.id() + " demands unknown resource " + d.resource());
                }
            }
        }
        for (Link l : problem.links()) {
            if (!index.containsKey(l.predecessor()) || !index.containsKey(l.successor())) {
                problems.add("link " + l.predecessor() + " -> " + l.successor() + " refers to an unknown activity");
            }
        }
        if (problem.activities().size() >= MAX_ACTIVITIES) {
            problems.add("too many activities: " + problem.activities().size());
        }
        if (!problems.isEmpty()) {
            return new Compilation(null, new LevelingResult.Invalid(problems));
        }
        Network net;
        try {
            net = new Network(problem, index, resIndex);
        } catch (IllegalArgumentException tooLong) {
            return new Compilation(null, new LevelingResult.Invalid(List.of(tooLong.getMessage())));
        }
        for (Activity a : problem.activities()) {
            for (Demand d : a.demands()) {
                Resource r = problem.resources().get(resIndex.get(d.resource()));
                int most = Math.max(r.capacity().defaultUnits(),
                        r.capacity().exceptions().stream().mapToInt(CapacityPeriod::units).max().orElse(0));
                if (d.units() > most && a.duration() > 0 && a.fixedStart().isEmpty()) {
                    return new Compilation(null,
                            new LevelingResult.DemandExceedsCapacity(a.id(), r.id(), d.units(), most));
                }
            }
        }
        List<ActivityId> cycle = net.sortTopologically();
        if (!cycle.isEmpty()) {
            return new Compilation(null, new LevelingResult.CycleDetected(cycle));
        }
        return new Compilation(net, null);
    }

    /** Fills the topological order; returns one cycle's activities if there is a loop, else empty. */
    private List<ActivityId> sortTopologically() {
        int[] indegree = new int[n];
        for (int j = 0; j < n; j++) {
            indegree[j] = predStart[j + 1] - predStart[j];
        }
        int head = 0;
        int tail = 0;
        for (int j = 0; j < n; j++) {
            if (indegree[j] == 0) {
                topologicalOrder[tail++] = j;
            }
        }
        while (head < tail) {
            int j = topologicalOrder[head++];
            for (int k = succStart[j]; k < succStart[j + 1]; k++) {
                if (--indegree[succIndex[k]] == 0) {
                    topologicalOrder[tail++] = succIndex[k];
                }
            }
        }
        if (tail < n) {
            return findCycle(indegree);
        }
        for (int i = 0; i < n; i++) {
            topologicalRank[topologicalOrder[i]] = i;
        }
        return List.of();
    }

    /** Walks back along unprocessed predecessors (indegree > 0) until a node repeats. */
    private List<ActivityId> findCycle(int[] indegree) {
        int current = 0;
        while (indegree[current] == 0) {
            current++;
        }
        int[] seenAt = new int[n];
        Arrays.fill(seenAt, -1);
        List<Integer> path = new ArrayList<>();
        while (seenAt[current] < 0) {
            seenAt[current] = path.size();
            path.add(current);
            int next = -1;
            for (int k = predStart[current]; k < predStart[current + 1] && next < 0; k++) {
                if (indegree[predIndex[k]] > 0) {
                    next = predIndex[k];
                }
            }
            current = next;
        }
        List<Integer> loop = new ArrayList<>(path.subList(seenAt[current], path.size()));
        java.util.Collections.reverse(loop);
        return loop.stream().map(activityIds::get).toList();
    }

    int capacityAt(int period, int resource) {
        return capacity[Math.min(period, horizon - 1) * resourceCount + resource];
    }
}
