package org.sextant.engine.schedule;

import java.util.List;

/**
 * The network has a dependency loop; {@code activityIds} lists the activities of one cycle in link
 * order (each depends on the previous one, and the first on the last). A summary in the list means
 * the loop passes through a summary and its own children.
 */
public record CycleDetected(List<String> activityIds) implements ScheduleResult {

    public CycleDetected {
        activityIds = List.copyOf(activityIds);
    }
}
