package org.sextant.engine.leveling;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * One activity to level.
 *
 * @param id              unique within the problem
 * @param duration        periods of work, {@code >= 0} (0 = milestone)
 * @param demands         resource units needed in each period the activity is in progress
 * @param releaseDate     earliest period the activity may start (e.g. the status date), {@code >= 0}
 * @param fixedStart      present for activities already started (progress): they keep this start
 *                        and their demand is booked first; absent for activities the leveler may move
 * @param projectPriority higher is served first when activities compete (multi-project leveling)
 * @param taskPriority    tie-break within equal project priority, higher first
 */
public record Activity(ActivityId id, int duration, List<Demand> demands, int releaseDate,
                       OptionalInt fixedStart, int projectPriority, int taskPriority) {
    public Activity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(fixedStart, "fixedStart");
        if (duration < 0) {
            throw new IllegalArgumentException("duration must be >= 0: " + duration);
        }
        if (releaseDate < 0) {
            throw new IllegalArgumentException("releaseDate must be >= 0: " + releaseDate);
        }
        if (fixedStart.isPresent() && fixedStart.getAsInt() < 0) {
            throw new IllegalArgumentException("fixedStart must be >= 0: " + fixedStart);
        }
        demands = List.copyOf(demands);
    }

    /** A movable activity released at period 0 with neutral priorities. */
    public static Activity of(String id, int duration, Demand... demands) {
        return new Activity(new ActivityId(id), duration, List.of(demands), 0, OptionalInt.empty(), 0, 0);
    }

    /** This activity with a release date. */
    public Activity releasedAt(int period) {
        return new Activity(id, duration, demands, period, fixedStart, projectPriority, taskPriority);
    }

    /** This activity fixed at a start (already in progress). */
    public Activity fixedAt(int start) {
        return new Activity(id, duration, demands, releaseDate, OptionalInt.of(start), projectPriority, taskPriority);
    }

    /** This activity with project and task priorities. */
    public Activity withPriorities(int project, int task) {
        return new Activity(id, duration, demands, releaseDate, fixedStart, project, task);
    }
}
