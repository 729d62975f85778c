package org.sextant.schedule.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sextant.engine.schedule.CycleDetected;
import org.sextant.engine.schedule.Schedule;
import org.sextant.platform.BusinessRuleException;
import org.sextant.project.ProjectId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reschedules the projects that the current transaction marked stale (the triggers of
 * {@code V5__schedule_results.sql} mark them), just before it commits. A loop or input the engine
 * refuses is stored as the project's problem and leaves it stale; it never fails the change that
 * caused it. When a project's dates move, projects with links from its tasks are rescheduled too.
 * Runs without a permission check: the results are derived from data the writer was allowed to change.
 * Two writers of one project are serialised by the row lock on its {@code schedule_state} row, taken
 * when the first change marks it stale and held until commit.
 */
@Component
class Rescheduler {

    private static final Logger log = LoggerFactory.getLogger(Rescheduler.class);
    /** Bounds the propagation through cross-project links within one transaction. */
    private static final int MAX_ROUNDS = 20;

    private final JdbcClient jdbc;
    private final EngineScheduler engine;
    private final JdbcScheduleResults results;

    Rescheduler(JdbcClient jdbc, EngineScheduler engine, JdbcScheduleResults results) {
        this.jdbc = jdbc;
        this.engine = engine;
        this.results = results;
    }

    /** Reschedules every project marked stale by this transaction, each at most once. */
    void rescheduleMarkedInThisTransaction() {
        Set<Long> done = new HashSet<>();
        for (int round = 0; round < MAX_ROUNDS; round++) {
            List<Long> stale = new ArrayList<>(jdbc.sql("""
                    select project_id from schedule_state
                    where stale and stale_tx = txid_current_if_assigned() order by project_id""")
                    .query(Long.class).list());
            stale.removeAll(done);
            if (stale.isEmpty()) {
                return;
            }
            for (Long project : stale) {
                done.add(project);
                reschedule(ProjectId.of(project));
            }
        }
    }

    /** Computes and stores one project's schedule, or its problem. */
    void reschedule(ProjectId project) {
        long started = System.nanoTime();
        EngineScheduler.Computed computed;
        try {
            computed = engine.compute(project);
        } catch (BusinessRuleException e) {
            results.saveInvalid(project, e.getMessage());
            return;
        }
        switch (computed.result()) {
            case CycleDetected cycle -> results.saveCycle(project, computed.byKey(), cycle);
            case Schedule schedule -> {
                Set<Long> moved = results.save(project, computed.tasks(), schedule);
                if (!moved.isEmpty()) {
                    markSuccessorProjects(project, moved);
                }
            }
        }
        log.debug("Rescheduled project {} ({} tasks) in {} µs", project, computed.tasks().size(),
                (System.nanoTime() - started) / 1000);
    }

    /** Projects whose tasks follow a moved task are stale now: their external bounds changed. */
    private void markSuccessorProjects(ProjectId project, Set<Long> movedTasks) {
        jdbc.sql("""
                select schedule_mark_stale(p.project_id) from (
                    select distinct s.project_id from dependency d join wbs_task s on s.id = d.successor_id
                    where d.predecessor_id = any(?) and s.project_id <> ?) p""")
                .params(movedTasks.toArray(Long[]::new), project.value()).query((rs, row) -> 0).list();
    }
}
