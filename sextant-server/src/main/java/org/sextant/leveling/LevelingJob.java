package org.sextant.leveling;

import java.time.Instant;

/**
 * A leveling run and its outcome.
 *
 * @param id        identity
 * @param scope     PROJECT or PROGRAM
 * @param scopeId   the project's or program's id
 * @param status    where it is
 * @param progress  0..100
 * @param request   the options it runs with
 * @param proposal  the proposed plan once READY (and kept after acceptance or discarding)
 * @param message   why it failed, or what acceptance did
 * @param createdBy who started it (user id)
 * @param createdAt when
 */
public record LevelingJob(LevelingJobId id, Scope scope, long scopeId, Status status, int progress,
        LevelingRequest request, Proposal proposal, String message, long createdBy, Instant createdAt) {

    /** What is leveled: one project, or all projects of a program on their shared pool. */
    public enum Scope { PROJECT, PROGRAM }

    /** RUNNING → READY → ACCEPTED or DISCARDED; FAILED when the plan cannot be leveled. */
    public enum Status {
        RUNNING, READY, ACCEPTED, DISCARDED, FAILED;

        public boolean finished() {
            return this != RUNNING;
        }
    }
}
