package org.sextant.engine.evm;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The progress of a project's activities as reported at the end of {@code statusDate}. An activity
 * missing from the snapshot has not started. A history of snapshots gives the earned value curve.
 */
public record ProgressSnapshot(LocalDate statusDate, List<ActivityProgress> activities) {

    public ProgressSnapshot {
        Objects.requireNonNull(statusDate, "statusDate");
        activities = List.copyOf(activities);
    }
}
