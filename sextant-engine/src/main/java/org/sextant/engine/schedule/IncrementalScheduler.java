package org.sextant.engine.schedule;


/**
 * Keeps a compiled network between edits so that changing one activity's duration reschedules only
 * what depends on it (see {@link CriticalPathPasses#incremental(int)}). Not thread-safe: one
 * instance per editing session.
 */
public final class IncrementalScheduler {

    private final ScheduleNetwork net;
    private final CriticalPathPasses passes;
    private final IdIndex index;
    private final CycleDetected cycle;

    private IncrementalScheduler(ScheduleInput input) {
        net = new ScheduleNetwork(input);
        index = net.index;
        cycle = net.cycle == null ? null : new CycleDetected(net.cycle);
        passes = cycle == null ? new CriticalPathPasses(net) : null;
        if (passes != null) {
            passes.full();
        }
    }

    /** Compiles and schedules the input once. */
    public static IncrementalScheduler of(ScheduleInput input) {
        return new IncrementalScheduler(input);
    }

    /** The current schedule. */
    public ScheduleResult result() {
        return cycle != null ? cycle : new Schedule(net, passes, true);
    }

    /** Runs every pass again over the compiled network (forward, backward, floats, critical flags). */
    public void rescheduleAll() {
        if (passes != null) {
            passes.full();
        }
    }

    /** Changes the working duration of one activity and reschedules what depends on it. */
    public void changeDuration(String activityId, long minutes) {
        int i = index.get(activityId);
        if (i < 0) {
            throw new InvalidScheduleException(activityId, "is not in this network");
        }
        if (minutes < 0) {
            throw new InvalidScheduleException(activityId, "has a negative duration (" + minutes + " min)");
        }
        if (cycle != null) {
            return;
        }
        int old = net.dur[i];
        net.dur[i] = Math.toIntExact(minutes);
        if (net.remaining[i] == old) {
            net.remaining[i] = net.dur[i];
        }
        passes.incremental(i);
    }
}
