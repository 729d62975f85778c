/**
 * Schedule: working-time calendars, the work breakdown structure (summary tasks, tasks, milestones)
 * with durations, work, dates and progress, and the dependencies between tasks (also across
 * projects). It runs the critical path method of {@code sextant-engine} over a project and stores
 * the planned dates. Permissions follow {@link org.sextant.project.ProjectAccess}; team members
 * report progress on the tasks they are assigned to, which the feature that owns assignments tells
 * through {@link org.sextant.schedule.TaskAssignees}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Schedule")
package org.sextant.schedule;
