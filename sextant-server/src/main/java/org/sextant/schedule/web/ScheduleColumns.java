package org.sextant.schedule.web;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.sextant.project.ProjectId;
import org.sextant.schedule.ScheduleResults;
import org.sextant.schedule.ScheduledProject;
import org.sextant.schedule.ScheduledProject.ScheduledTask;
import org.springframework.stereotype.Component;

/**
 * The scheduled columns of the task table (early and late dates, total float, driving predecessors),
 * used from {@code schedule/tasks.html} as {@code @scheduleColumns.of(projectId)} so the table's
 * controller needs no change.
 */
@Component("scheduleColumns")
class ScheduleColumns {

    private final ScheduleResults results;

    ScheduleColumns(ScheduleResults results) {
        this.results = results;
    }

    /** The stored schedule of a project's tasks, by task id. */
    public Columns of(long projectId) {
        ScheduledProject schedule = results.get(ProjectId.of(projectId));
        Map<Long, ScheduledTask> byTask = new HashMap<>();
        schedule.tasks().forEach(t -> byTask.put(t.taskId().value(), t));
        return new Columns(byTask, schedule.state().stale());
    }

    /** One project's columns; {@code stale} when the dates predate the latest changes. */
    public record Columns(Map<Long, ScheduledTask> byTask, boolean stale) {

        public ScheduledTask get(long taskId) {
            return byTask.get(taskId);
        }

        /** Total float in days of 8 hours, e.g. "2.5 d"; "—" if never scheduled. */
        public String totalFloat(long taskId) {
            ScheduledTask t = byTask.get(taskId);
            return t == null || t.totalFloatMinutes() == null ? "—"
                    : String.format("%.1f d", t.totalFloatMinutes() / 480.0).replace(".0 d", " d");
        }

        /** The names of the predecessors that drive the task, comma-separated; "—" if none. */
        public String driving(long taskId) {
            ScheduledTask t = byTask.get(taskId);
            if (t == null || t.drivingPredecessorIds().isEmpty()) {
                return "—";
            }
            return t.drivingPredecessorIds().stream().map(id -> byTask.get(id.value()))
                    .map(p -> p == null ? "another project's task" : (p.wbsCode() == null ? "" : p.wbsCode() + " ") + p.name())
                    .collect(Collectors.joining(", "));
        }

        public boolean critical(long taskId) {
            ScheduledTask t = byTask.get(taskId);
            return t != null && t.critical();
        }
    }
}
