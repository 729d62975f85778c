/**
 * Schedule: working-time calendars, the work breakdown structure (summary tasks, tasks, milestones)
 * with durations, work, dates and progress, and the dependencies between tasks (also across
 * projects). It runs the critical path method of {@code sextant-engine} over a project and stores
 * the planned dates. Every change to a project's tasks, links or calendars marks its schedule stale and
 * reschedules it before the change commits, storing each task's early/late dates, floats, critical flag
 * and driving predecessors ({@link org.sextant.schedule.ScheduleResults}, ADR 0007); a dependency loop
 * or an input the engine refuses is stored as the project's problem and leaves it stale. Permissions follow {@link org.sextant.project.ProjectAccess}; team members
 * report progress on the tasks they are assigned to, which the feature that owns assignments tells
 * through {@link org.sextant.schedule.TaskAssignees}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Schedule")
package org.sextant.schedule;
