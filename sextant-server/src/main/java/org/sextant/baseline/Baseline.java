package org.sextant.baseline;

import java.time.Instant;
import java.time.LocalDate;
import org.sextant.project.ProjectId;

/**
 * A saved baseline of a project: one of its eleven slots (0–10) that holds a copy of the plan.
 *
 * @param projectId  the project
 * @param number     the slot, 0 (the baseline earned value measures against) to {@link Baselines#MAX_NUMBER}
 * @param version    optimistic-lock version, raised by every replacement
 * @param name       what the project manager called it, e.g. "Approved plan"
 * @param savedAt    when the plan was copied
 * @param savedBy    who copied it (login name)
 * @param statusDate the project's status date at that moment, if it had one
 * @param taskCount  how many tasks were copied
 */
public record Baseline(ProjectId projectId, int number, long version, String name, Instant savedAt, String savedBy,
        LocalDate statusDate, int taskCount) {
}
