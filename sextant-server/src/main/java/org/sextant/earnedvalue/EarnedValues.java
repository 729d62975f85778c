package org.sextant.earnedvalue;

import java.time.LocalDate;
import java.util.Optional;
import org.sextant.engine.evm.ProjectEarnedValue;
import org.sextant.project.ProjectId;

/** A project's earned value as of a status date. */
public interface EarnedValues {

    /**
     * The project's earned value as of {@code statusDate} against its baseline 0; empty when the
     * project has no baseline yet.
     */
    Optional<ProjectEarnedValue> project(ProjectId projectId, LocalDate statusDate);
}
