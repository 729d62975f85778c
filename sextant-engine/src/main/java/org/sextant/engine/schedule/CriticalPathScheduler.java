package org.sextant.engine.schedule;

/**
 * Schedules a network of activities by the critical path method (see {@link CriticalPathPasses} for
 * the rules and their tolerances, {@link ScheduleNetwork} for the graph technique).
 *
 * <p>Preconditions: every activity, calendar and project referenced exists; durations are not
 * negative. Violations throw {@link InvalidScheduleException} naming the activity. A dependency loop
 * is not an error but a {@link CycleDetected} result. Empty input gives an empty {@link Schedule}.
 * Complexity O((n + m) log D); about 0.5 µs of the calling thread per activity, with part of the
 * network build of large inputs on one common-pool worker (ADR 0015).
 */
public final class CriticalPathScheduler {

    /** Schedules the input. */
    public ScheduleResult schedule(ScheduleInput input) {
        ScheduleNetwork net = new ScheduleNetwork(input);
        if (net.cycle != null) {
            return new CycleDetected(net.cycle);
        }
        CriticalPathPasses passes = new CriticalPathPasses(net);
        passes.full();
        return new Schedule(net, passes, false);
    }
}
