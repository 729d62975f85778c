package org.sextant.baseline.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sextant.baseline.Baseline;
import org.sextant.baseline.BaselineComparison;
import org.sextant.baseline.BaselineComparisons;
import org.sextant.baseline.Baselines;
import org.sextant.cost.ProjectCosts;
import org.sextant.engine.calendar.CalendarDefinition;
import org.sextant.engine.calendar.CalendarRules;
import org.sextant.engine.calendar.CompiledCalendar;
import org.sextant.engine.calendar.EpochMinutes;
import org.sextant.project.Project;
import org.sextant.project.ProjectId;
import org.sextant.project.Projects;
import org.sextant.schedule.CalendarId;
import org.sextant.schedule.Calendars;
import org.sextant.schedule.EngineCalendars;
import org.sextant.schedule.Task;
import org.sextant.schedule.TaskId;
import org.sextant.schedule.TaskKind;
import org.sextant.schedule.Tasks;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link BaselineComparisons}: the current tasks (through {@link Tasks}) and their planned cost (through
 * {@link ProjectCosts}) against the stored baseline, compared by {@link ComparisonBuilder} on the
 * project's calendar.
 */
@Service
@Transactional(readOnly = true)
class JdbcBaselineComparisons implements BaselineComparisons {

    private final JdbcClient jdbc;
    private final Baselines baselines;
    private final Projects projects;
    private final Tasks tasks;
    private final Calendars calendars;
    private final ProjectCosts costs;

    JdbcBaselineComparisons(JdbcClient jdbc, Baselines baselines, Projects projects, Tasks tasks, Calendars calendars,
            ProjectCosts costs) {
        this.jdbc = jdbc;
        this.baselines = baselines;
        this.projects = projects;
        this.tasks = tasks;
        this.calendars = calendars;
        this.costs = costs;
    }

    @Override
    public BaselineComparison compare(ProjectId projectId, int number) {
        Baseline baseline = baselines.get(projectId, number);
        Project project = projects.get(projectId);
        Map<TaskId, BigDecimal> cost = costs.plannedCostByTask(projectId);
        List<ComparisonBuilder.Entry> current = new ArrayList<>();
        for (Task t : tasks.all(projectId)) {
            current.add(new ComparisonBuilder.Entry(t.id().value(), t.parentId() == null ? null : t.parentId().value(),
                    t.wbsCode(), t.name(), t.sortOrder(), t.kind() == TaskKind.SUMMARY, t.kind() == TaskKind.MILESTONE,
                    new BaselineComparison.Values(t.plannedStart(), t.plannedFinish(), t.durationMinutes(),
                            t.workMinutes(), cost.getOrDefault(t.id(), BigDecimal.ZERO))));
        }
        List<ComparisonBuilder.Entry> saved = jdbc.sql("""
                select bt.* from baseline_task bt join baseline b on b.id = bt.baseline_id
                where b.project_id = ? and b.number = ?""")
                .params(projectId.value(), number).query(JdbcBaselineComparisons::entry).list();
        return new ComparisonBuilder(workingMinutes(project)).build(baseline, current, saved);
    }

    /** Working minutes on the project's calendar (the standard week when it has none). */
    private ComparisonBuilder.WorkingMinutes workingMinutes(Project project) {
        List<CalendarDefinition> definitions = new ArrayList<>();
        definitions.add(CalendarDefinition.standard(EngineCalendars.DEFAULT, List.of()));
        calendars.all().forEach(c -> definitions.add(EngineCalendars.definition(c)));
        CalendarRules rules = new CalendarRules(definitions);
        String id = project.calendarId() == null ? EngineCalendars.DEFAULT
                : EngineCalendars.id(CalendarId.of(project.calendarId()));
        CompiledCalendar calendar = rules.compile(rules.contains(id) ? id : EngineCalendars.DEFAULT,
                project.plannedStart() == null ? LocalDate.now() : project.plannedStart());
        return (from, to) -> calendar.workBetween(EpochMinutes.of(from), EpochMinutes.of(to));
    }

    private static ComparisonBuilder.Entry entry(ResultSet rs, int row) throws SQLException {
        long parent = rs.getLong("parent_id");
        return new ComparisonBuilder.Entry(rs.getLong("task_id"), rs.wasNull() ? null : parent, rs.getString("wbs_code"),
                rs.getString("name"), rs.getInt("sort_order"), rs.getBoolean("summary"), rs.getBoolean("milestone"),
                new BaselineComparison.Values(time(rs, "start_at"), time(rs, "finish_at"), rs.getLong("duration_minutes"),
                        rs.getLong("work_minutes"), rs.getBigDecimal("cost")));
    }

    private static LocalDateTime time(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toLocalDateTime();
    }
}
