package org.sextant.schedule.internal;

import java.util.List;
import org.sextant.project.ProjectId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reschedules projects left stale: marked stale by a change whose transaction committed without
 * rescheduling them (a write outside the server, a crash between marking and rescheduling in older
 * versions, more cross-project propagation rounds than {@link Rescheduler} does in one transaction).
 * Projects whose last attempt stored a problem (a loop, input the engine refuses) stay stale on
 * purpose and are left alone until their next change.
 *
 * <p>Runs periodically on every replica ({@link StaleRecoveryScheduling}); each run takes the
 * transaction-scoped PostgreSQL advisory lock {@link #LOCK_KEY} with {@code pg_try_advisory_xact_lock},
 * so exactly one replica works at a time and the others return at once. Rows another transaction
 * holds (a change that is about to reschedule its project at commit) are skipped
 * ({@code for update skip locked}). One run handles at most {@code sextant.schedule.stale-recovery-batch}
 * projects, oldest first, in one transaction.
 */
@Component
class StaleScheduleRecovery {

    /** The advisory lock key of this job ("sextant schedule recovery"). */
    static final long LOCK_KEY = 0x5E47A0_0003L;

    private static final Logger log = LoggerFactory.getLogger(StaleScheduleRecovery.class);

    private final JdbcClient jdbc;
    private final Rescheduler rescheduler;
    private final ScheduleProperties properties;

    StaleScheduleRecovery(JdbcClient jdbc, Rescheduler rescheduler, ScheduleProperties properties) {
        this.jdbc = jdbc;
        this.rescheduler = rescheduler;
        this.properties = properties;
    }

    /**
     * One run: reschedules the projects left stale, unless another replica is running the job.
     *
     * @return the number of projects rescheduled, or -1 when another replica holds the lock
     */
    @Transactional
    public int recoverStaleProjects() {
        boolean leader = Boolean.TRUE.equals(jdbc.sql("select pg_try_advisory_xact_lock(?)").param(LOCK_KEY)
                .query(Boolean.class).single());
        if (!leader) {
            return -1;
        }
        List<Long> stale = jdbc.sql("""
                select project_id from schedule_state
                where stale and problem is null
                order by stale_since nulls first, project_id
                limit ? for update skip locked""")
                .param(properties.staleRecoveryBatch()).query(Long.class).list();
        for (Long project : stale) {
            rescheduler.reschedule(ProjectId.of(project));
        }
        if (!stale.isEmpty()) {
            log.info("Rescheduled {} project(s) left stale: {}", stale.size(), stale);
        }
        return stale.size();
    }
}
