package org.sextant.baseline;

import org.sextant.project.ProjectId;

/** Compares a project's current plan with its baselines; needs read access to the project. */
public interface BaselineComparisons {

    /** The current plan against baseline {@code number}; NotFoundException when that slot is empty. */
    BaselineComparison compare(ProjectId projectId, int number);
}
