package org.sextant.schedule;

import org.sextant.project.ProjectId;

/**
 * Schedules a project by the critical path method and stores each task's planned start and finish,
 * recorded in the audit trail as one "Schedule" event. Needs edit rights on the project. A dependency
 * loop is refused (422) naming the tasks of the loop.
 */
public interface Scheduler {

    ProjectSchedule schedule(ProjectId project);
}
