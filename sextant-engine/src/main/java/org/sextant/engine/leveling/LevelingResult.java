package org.sextant.engine.leveling;

import java.util.List;

/** The outcome of leveling: a leveled schedule, or a refusal carrying its evidence. */
public sealed interface LevelingResult {

    /**
     * A resource-feasible schedule (except the {@code unresolved} over-allocations, only possible
     * with {@code WITHIN_FLOAT}).
     *
     * @param activities        every activity with its leveled start and finish, in input order
     * @param makespan          the latest finish
     * @param unleveledMakespan the critical-path finish ignoring resources (a lower bound)
     * @param delays            each activity starting after its unleveled early start, and why
     * @param unresolved        over-allocations left in place
     * @param schedulesGenerated schedule generations spent
     */
    record Leveled(List<ScheduledActivity> activities, int makespan, int unleveledMakespan,
                   List<Delay> delays, List<Overallocation> unresolved, int schedulesGenerated)
            implements LevelingResult {
        public Leveled {
            activities = List.copyOf(activities);
            delays = List.copyOf(delays);
            unresolved = List.copyOf(unresolved);
        }
    }

    /** The links form a loop; {@code cycle} lists its activities in link order. */
    record CycleDetected(List<ActivityId> cycle) implements LevelingResult {
        public CycleDetected {
            cycle = List.copyOf(cycle);
        }
    }

    /** An activity needs more of a resource than the resource ever offers. */
    record DemandExceedsCapacity(ActivityId activity, ResourceId resource, int required, int capacity)
            implements LevelingResult {
    }

    /** The input is inconsistent (duplicate ids, unknown references); each problem described. */
    record Invalid(List<String> problems) implements LevelingResult {
        public Invalid {
            problems = List.copyOf(problems);
        }
    }
}
