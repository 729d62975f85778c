package org.sextant.baseline.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Set;
import org.sextant.baseline.Baseline;
import org.sextant.baseline.BaselineTask;
import org.sextant.baseline.Baselines;
import org.sextant.demo.DemoOrganisationCreated;
import org.sextant.project.Phase;
import org.sextant.project.Project;
import org.sextant.project.Projects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo's baselines and progress history. For every project under way (execution, monitoring,
 * closing) it saves baseline 0, "Approved plan", through {@link Baselines}; a project the demo made late
 * (its planned finish before its scheduled finish) gets that baseline moved back by the whole weeks it
 * slipped, so the comparison and earned value show the slip. The progress the demo recorded is dated to
 * the project's status date, and a report two weeks earlier is added to each task's history, so the
 * history view and trend charts have more than one point.
 */
@Component
class BaselineDemoData {

    private static final Logger log = LoggerFactory.getLogger(BaselineDemoData.class);
    private static final Set<Phase> UNDER_WAY = EnumSet.of(Phase.EXECUTION, Phase.MONITORING, Phase.CLOSING);
    private static final int HISTORY_DAYS = 14;

    private final Projects projects;
    private final Baselines baselines;
    private final JdbcClient jdbc;

    BaselineDemoData(Projects projects, Baselines baselines, JdbcClient jdbc) {
        this.projects = projects;
        this.baselines = baselines;
        this.jdbc = jdbc;
    }

    @EventListener
    void on(DemoOrganisationCreated event) {
        long started = System.nanoTime();
        int saved = 0;
        for (Project project : projects.visible()) {
            if (!UNDER_WAY.contains(project.phase()) || project.statusDate() == null) {
                continue;
            }
            Baseline baseline = baselines.save(project.id(), 0, "Approved plan");
            saved++;
            long weeks = slippedWeeks(project, baseline);
            if (weeks > 0) {
                jdbc.sql("""
                        update baseline_task set start_at = start_at - make_interval(weeks => :weeks),
                            finish_at = finish_at - make_interval(weeks => :weeks)
                        where baseline_id = (select id from baseline where project_id = :project and number = 0)""")
                        .param("weeks", (int) weeks).param("project", project.id().value()).update();
            }
            datedHistory(project);
        }
        log.debug("Demo baselines and progress history for {} projects in {} ms", saved,
                (System.nanoTime() - started) / 1_000_000);
    }

    /** Whole weeks by which the scheduled finish passes the project's planned finish (0 when on time). */
    private long slippedWeeks(Project project, Baseline baseline) {
        LocalDate finish = baselines.tasks(project.id(), baseline.number()).stream().map(BaselineTask::finish)
                .filter(f -> f != null).map(f -> f.toLocalDate()).max(LocalDate::compareTo).orElse(null);
        if (finish == null || project.plannedFinish() == null || !finish.isAfter(project.plannedFinish())) {
            return 0;
        }
        return ChronoUnit.DAYS.between(project.plannedFinish(), finish) / 7;
    }

    /**
     * Dates the demo's progress reports to the project's status date (they were written before it was set)
     * and adds, for each task started two weeks before it, the report of that earlier date.
     */
    private void datedHistory(Project project) {
        jdbc.sql("""
                update task_progress set status_date = :statusDate, recorded_at = (:statusDate + time '17:00')
                where project_id = :project""")
                .param("statusDate", project.statusDate()).param("project", project.id().value()).update();
        jdbc.sql("""
                insert into task_progress (task_id, project_id, status_date, percent_complete, actual_start,
                    actual_finish, remaining_work_minutes, recorded_by, recorded_at)
                select e.id, e.project_id, :earlier, e.percent, e.actual_start, e.finish,
                    round(e.work_minutes * (100 - e.percent) / 100.0), coalesce(u.username, 'system'),
                    (:earlier + time '17:00')
                from (select t.*, case when t.actual_finish <= :earlier then 100
                                       else least(99, round(t.percent_complete * 0.6)) end as percent,
                             case when t.actual_finish <= :earlier then t.actual_finish end as finish
                      from wbs_task t where t.project_id = :project and t.actual_start <= :earlier) e
                join project p on p.id = e.project_id
                left join app_user u on u.id = p.manager_user_id""")
                .param("earlier", project.statusDate().minusDays(HISTORY_DAYS)).param("project", project.id().value())
                .update();
    }
}
