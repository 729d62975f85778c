package org.sextant.leveling;

import java.util.Optional;
import org.sextant.program.ProgramId;
import org.sextant.project.ProjectId;

/**
 * Leveling jobs. Starting, reading, accepting and discarding need edit rights on the project (its
 * manager, its program's manager, PMO, ADMIN), or for a program the right to manage it (its manager,
 * PMO, ADMIN). Accepting is refused (409) unless the job is READY and the projects are unchanged since
 * the proposal was computed.
 */
public interface LevelingJobs {

    /** Starts leveling a project in the background; the job is RUNNING. */
    LevelingJob startForProject(ProjectId project, LevelingRequest request);

    /** Starts leveling all projects of a program on their shared resources. */
    LevelingJob startForProgram(ProgramId program, LevelingRequest request);

    LevelingJob get(LevelingJobId id);

    /** The newest job of a project or program, if any. */
    Optional<LevelingJob> latest(LevelingJob.Scope scope, long scopeId);

    /** Applies the proposal: each delayed task keeps its leveling start; audited. */
    LevelingJob accept(LevelingJobId id);

    /** Drops the proposal (or stops a running job); nothing in the plan changes. */
    LevelingJob discard(LevelingJobId id);
}
