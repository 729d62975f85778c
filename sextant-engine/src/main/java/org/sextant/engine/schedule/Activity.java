package org.sextant.engine.schedule;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * One schedulable activity. A null {@code calendarId} means the project's calendar; a non-null
 * {@code parentId} makes the parent a summary activity that rolls up its children (a summary's own
 * duration is ignored). {@code durationMinutes} is working (or elapsed) minutes; zero makes a
 * milestone. {@code deadline} may be null. {@code resourceCalendarIds} are the calendars of the
 * resources doing the work: the activity is then scheduled on the working time common to its own
 * calendar (when it has one) and every resource calendar, as MS Project does.
 */
public record Activity(String id, String projectId, String name, String parentId, String calendarId,
        long durationMinutes, DurationType durationType, Constraint constraint, LocalDateTime deadline,
        Progress progress, MilestoneKind milestoneKind, List<String> resourceCalendarIds,
        List<Assignment> assignments) {

    /** An activity without assignments. */
    public Activity(String id, String projectId, String name, String parentId, String calendarId,
            long durationMinutes, DurationType durationType, Constraint constraint, LocalDateTime deadline,
            Progress progress, MilestoneKind milestoneKind, List<String> resourceCalendarIds) {
        this(id, projectId, name, parentId, calendarId, durationMinutes, durationType, constraint, deadline, progress,
                milestoneKind, resourceCalendarIds, List.of());
    }

    /** An activity without resource calendars. */
    public Activity(String id, String projectId, String name, String parentId, String calendarId,
            long durationMinutes, DurationType durationType, Constraint constraint, LocalDateTime deadline,
            Progress progress, MilestoneKind milestoneKind) {
        this(id, projectId, name, parentId, calendarId, durationMinutes, durationType, constraint, deadline, progress,
                milestoneKind, List.of());
    }

    /** An activity whose zero duration, if any, follows {@link MilestoneKind#AUTO}. */
    public Activity(String id, String projectId, String name, String parentId, String calendarId,
            long durationMinutes, DurationType durationType, Constraint constraint, LocalDateTime deadline,
            Progress progress) {
        this(id, projectId, name, parentId, calendarId, durationMinutes, durationType, constraint, deadline, progress,
                MilestoneKind.AUTO, List.of());
    }

    public Activity {
        milestoneKind = milestoneKind == null ? MilestoneKind.AUTO : milestoneKind;
        resourceCalendarIds = resourceCalendarIds == null ? List.of() : List.copyOf(resourceCalendarIds);
        assignments = assignments == null ? List.of() : List.copyOf(assignments);
        Objects.requireNonNull(id, "id");
        name = name == null ? id : name;
        durationType = durationType == null ? DurationType.WORKING : durationType;
        constraint = constraint == null ? Constraint.ASAP : constraint;
        progress = progress == null ? Progress.NONE : progress;
    }

    /** A plain ASAP activity of the given working duration in project {@code projectId}. */
    public static Activity of(String id, String projectId, long durationMinutes) {
        return new Activity(id, projectId, id, null, null, durationMinutes, DurationType.WORKING, Constraint.ASAP,
                null, Progress.NONE);
    }

    /** This activity with another constraint. */
    public Activity withConstraint(Constraint newConstraint) {
        return new Activity(id, projectId, name, parentId, calendarId, durationMinutes, durationType, newConstraint,
                deadline, progress, milestoneKind, resourceCalendarIds, assignments);
    }

    /** This activity with another calendar. */
    public Activity withCalendar(String newCalendarId) {
        return new Activity(id, projectId, name, parentId, newCalendarId, durationMinutes, durationType, constraint,
                deadline, progress, milestoneKind, resourceCalendarIds, assignments);
    }

    /** This activity under a summary. */
    public Activity withParent(String newParentId) {
        return new Activity(id, projectId, name, newParentId, calendarId, durationMinutes, durationType, constraint,
                deadline, progress, milestoneKind, resourceCalendarIds, assignments);
    }

    /** This activity with progress. */
    public Activity withProgress(Progress newProgress) {
        return new Activity(id, projectId, name, parentId, calendarId, durationMinutes, durationType, constraint,
                deadline, newProgress, milestoneKind, resourceCalendarIds, assignments);
    }

    /** This activity worked by resources on the given calendars. */
    public Activity withResourceCalendars(List<String> calendarIds) {
        return new Activity(id, projectId, name, parentId, calendarId, durationMinutes, durationType, constraint,
                deadline, progress, milestoneKind, calendarIds, assignments);
    }

    /** This activity with a deadline. */
    public Activity withDeadline(LocalDateTime newDeadline) {
        return new Activity(id, projectId, name, parentId, calendarId, durationMinutes, durationType, constraint,
                newDeadline, progress, milestoneKind, resourceCalendarIds, assignments);
    }

    /** This activity with an elapsed duration. */
    public Activity elapsed() {
        return new Activity(id, projectId, name, parentId, calendarId, durationMinutes, DurationType.ELAPSED,
                constraint, deadline, progress, milestoneKind, resourceCalendarIds, assignments);
    }

    /** This activity worked by the given assignments (work-driven, each on its own calendar). */
    public Activity withAssignments(List<Assignment> newAssignments) {
        return new Activity(id, projectId, name, parentId, calendarId, durationMinutes, durationType, constraint,
                deadline, progress, milestoneKind, resourceCalendarIds, newAssignments);
    }
}
