package org.sextant.schedule;

import org.sextant.project.ProjectId;

/**
 * The stored result of scheduling. A project is rescheduled automatically before every transaction
 * that changes its tasks, links, calendars or scheduling fields commits (ADR 0007); until that
 * succeeds its result is marked stale. Reading needs read access to the project.
 */
public interface ScheduleResults {

    ScheduledProject get(ProjectId project);
}
