package org.sextant.leveling;

import java.util.List;
import java.util.Optional;
import org.sextant.portfolio.PortfolioId;
import org.sextant.program.ProgramId;
import org.sextant.project.ProjectId;

/**
 * Leveling jobs. Starting, reading, accepting and discarding need edit rights on the project (its
 * manager, its program's manager, PMO, ADMIN), or for a program the right to manage it (its manager,
 * PMO, ADMIN); a portfolio scenario is for the PMO and administrators only. Accepting is refused
 * (409) unless the job is READY and the projects are unchanged since the proposal was computed.
 */
public interface LevelingJobs {

    /** Starts leveling a project in the background; the job is RUNNING. */
    LevelingJob startForProject(ProjectId project, LevelingRequest request);

    /** Starts leveling all projects of a program on their shared resources. */
    LevelingJob startForProgram(ProgramId program, LevelingRequest request);

    /**
     * Starts leveling a portfolio scenario: {@code projects} (each must belong to the portfolio; 422
     * naming {@code projectIds} otherwise), or when empty every ACTIVE project of the portfolio, on their
     * shared resources. PMO and ADMIN only.
     */
    LevelingJob startForPortfolio(PortfolioId portfolio, List<ProjectId> projects, LevelingRequest request);

    LevelingJob get(LevelingJobId id);

    /** The newest job of a project, program or portfolio, if any. */
    Optional<LevelingJob> latest(LevelingJob.Scope scope, long scopeId);

    /** Applies the proposal: each delayed task keeps its leveling start; audited. */
    LevelingJob accept(LevelingJobId id);

    /** Drops the proposal (or stops a running job); nothing in the plan changes. */
    LevelingJob discard(LevelingJobId id);
}
