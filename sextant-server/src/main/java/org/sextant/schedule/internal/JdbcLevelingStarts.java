package org.sextant.schedule.internal;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.sextant.audit.AuditLog;
import org.sextant.engine.schedule.CycleDetected;
import org.sextant.engine.schedule.Schedule;
import org.sextant.platform.BusinessRuleException;
import org.sextant.project.ProjectAccess;
import org.sextant.project.ProjectId;
import org.sextant.schedule.LevelingStarts;
import org.sextant.schedule.ProjectSchedule;
import org.sextant.schedule.TaskId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link LevelingStarts} in {@code wbs_task.leveling_start}. Changing it marks the project stale (trigger
 * of V31), so the project is rescheduled before the transaction commits. The task's version is not
 * bumped: the leveling start is not part of the task's editable fields.
 */
@Service
@Transactional(readOnly = true)
class JdbcLevelingStarts implements LevelingStarts {

    private static final String ENTITY = "LevelingStarts";

    private final JdbcClient jdbc;
    private final ProjectAccess access;
    private final AuditLog audit;
    private final EngineScheduler engine;

    JdbcLevelingStarts(JdbcClient jdbc, ProjectAccess access, AuditLog audit, EngineScheduler engine) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
        this.engine = engine;
    }

    @Override
    public Map<TaskId, LocalDateTime> of(ProjectId project) {
        access.requireRead(project);
        return stored(project);
    }

    private Map<TaskId, LocalDateTime> stored(ProjectId project) {
        Map<TaskId, LocalDateTime> starts = new HashMap<>();
        engine.storedLevelingStarts(project).forEach((key, start) -> starts.put(TaskId.of(Long.parseLong(key.substring(1))),
                start));
        return starts;
    }

    @Override
    @Transactional
    public void replace(ProjectId project, Map<TaskId, LocalDateTime> starts) {
        access.requireEdit(project);
        TaskRows.lockTree(jdbc, project);
        Long[] ids = starts.keySet().stream().map(TaskId::value).toArray(Long[]::new);
        List<Long> own = jdbc.sql("select id from wbs_task where project_id = ? and id = any(?)")
                .params(project.value(), ids).query(Long.class).list();
        if (own.size() != ids.length) {
            List<Long> foreign = new ArrayList<>(List.of(ids));
            foreign.removeAll(own);
            throw BusinessRuleException.invalid("starts", "tasks " + foreign + " are not in project " + project);
        }
        Map<TaskId, LocalDateTime> before = stored(project);
        jdbc.sql("update wbs_task set leveling_start = null, updated_at = now() "
                + "where project_id = ? and leveling_start is not null and not (id = any(?))")
                .params(project.value(), ids).update();
        starts.forEach((task, start) -> jdbc.sql("""
                update wbs_task set leveling_start = ?, updated_at = now()
                where id = ? and leveling_start is distinct from ?""").params(start, task.value(), start).update());
        audit.updated(ENTITY, project, project.value(), text(before), text(starts));
    }

    @Override
    @Transactional
    public int clear(ProjectId project) {
        access.requireEdit(project);
        int had = stored(project).size();
        replace(project, Map.of());
        return had;
    }

    @Override
    public ProjectSchedule preview(ProjectId project, Map<TaskId, LocalDateTime> starts) {
        access.requireRead(project);
        Map<String, LocalDateTime> byKey = new HashMap<>();
        starts.forEach((task, start) -> byKey.put("t" + task.value(), start));
        EngineScheduler.Computed computed = engine.compute(project, byKey);
        return switch (computed.result()) {
            case CycleDetected cycle -> throw BusinessRuleException.invalid("dependencies",
                    "The dependencies form a loop: " + cycle.activityIds().stream()
                            .map(id -> "'" + computed.byKey().get(id).name() + "'").collect(Collectors.joining(" → ")));
            case Schedule schedule -> EngineScheduler.view(project, computed.tasks(), schedule);
        };
    }

    /** Task id → start, sorted, as the audit trail shows it. */
    private static Map<String, String> text(Map<TaskId, LocalDateTime> starts) {
        Map<String, String> text = new TreeMap<>();
        starts.forEach((task, start) -> text.put(task.toString(), start.toString()));
        return text;
    }
}
