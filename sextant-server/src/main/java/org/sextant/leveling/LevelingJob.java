package org.sextant.leveling;

import java.time.Instant;
import java.util.List;

/**
 * A leveling run and its outcome.
 *
 * @param id        identity
 * @param scope     PROJECT, PROGRAM or PORTFOLIO
 * @param scopeId   the project's, program's or portfolio's id
 * @param projectIds for a portfolio scenario, the projects it levels (fixed when the job starts); else empty
 * @param status    where it is
 * @param progress  0..100
 * @param request   the options it runs with
 * @param proposal  the proposed plan once READY (and kept after acceptance or discarding)
 * @param message   why it failed, or what acceptance did
 * @param createdBy who started it (user id)
 * @param createdAt when
 */
public record LevelingJob(LevelingJobId id, Scope scope, long scopeId, List<Long> projectIds, Status status, int progress,
        LevelingRequest request, Proposal proposal, String message, long createdBy, Instant createdAt) {

    public LevelingJob {
        projectIds = projectIds == null ? List.of() : List.copyOf(projectIds);
    }

    /**
     * What is leveled: one project, all projects of a program on their shared pool, or a portfolio
     * scenario (a chosen set of the portfolio's projects, by default its active ones).
     */
    public enum Scope { PROJECT, PROGRAM, PORTFOLIO }

    /** RUNNING → READY → ACCEPTED or DISCARDED; FAILED when the plan cannot be leveled. */
    public enum Status {
        RUNNING, READY, ACCEPTED, DISCARDED, FAILED;

        public boolean finished() {
            return this != RUNNING;
        }
    }
}
