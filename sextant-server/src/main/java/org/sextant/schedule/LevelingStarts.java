package org.sextant.schedule;

import java.time.LocalDateTime;
import java.util.Map;
import org.sextant.project.ProjectId;

/**
 * Leveling starts: the earliest start a resource leveling gave a task, kept on the task and applied by
 * the scheduler on top of the task's links and constraint (as a "start no earlier than" for ASAP tasks,
 * the later of both dates for SNET tasks; tasks with other constraints keep theirs). This is how an
 * accepted leveling survives rescheduling, like MS Project's leveling delay (ADR 0010). Reading needs
 * read access to the project, writing edit access; writes are audited and reschedule the project.
 */
public interface LevelingStarts {

    /** The project's tasks that carry a leveling start. */
    Map<TaskId, LocalDateTime> of(ProjectId project);

    /**
     * Replaces the project's leveling starts by {@code starts} (tasks of the project only; tasks not in
     * the map lose theirs) and reschedules the project.
     */
    void replace(ProjectId project, Map<TaskId, LocalDateTime> starts);

    /** Removes every leveling start of the project ("clear leveling"); returns how many tasks had one. */
    int clear(ProjectId project);

    /**
     * The schedule the project would get with {@code starts} as its leveling starts instead of the
     * stored ones, computed without storing anything ({@code Map.of()}: the unleveled schedule).
     */
    ProjectSchedule preview(ProjectId project, Map<TaskId, LocalDateTime> starts);
}
