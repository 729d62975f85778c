package org.sextant.interchange.schedule;

import java.io.IOException;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mpxj.ActivityType;
import org.mpxj.DayType;
import org.mpxj.Duration;
import org.mpxj.MPXJException;
import org.mpxj.ProjectCalendar;
import org.mpxj.ProjectCalendarDays;
import org.mpxj.ProjectCalendarException;
import org.mpxj.ProjectCalendarHours;
import org.mpxj.ProjectCalendarWeek;
import org.mpxj.ProjectFile;
import org.mpxj.ProjectProperties;
import org.mpxj.Relation;
import org.mpxj.Resource;
import org.mpxj.ResourceAssignment;
import org.mpxj.ResourceType;
import org.mpxj.RelationshipLagCalendar;
import org.mpxj.SchedulingProgressedActivities;
import org.mpxj.Task;
import org.mpxj.TaskMode;
import org.mpxj.TimeUnit;
import org.mpxj.reader.UniversalProjectReader;
import org.sextant.engine.calendar.CalendarDefinition;
import org.sextant.engine.calendar.CalendarException;
import org.sextant.engine.calendar.DayPattern;
import org.sextant.engine.calendar.WorkWeek;
import org.sextant.engine.calendar.WorkingInterval;
import org.sextant.engine.schedule.Activity;
import org.sextant.engine.schedule.Assignment;
import org.sextant.engine.schedule.Constraint;
import org.sextant.engine.schedule.ConstraintType;
import org.sextant.engine.schedule.DurationType;
import org.sextant.engine.schedule.Lag;
import org.sextant.engine.schedule.LagCalendar;
import org.sextant.engine.schedule.Link;
import org.sextant.engine.schedule.MilestoneKind;
import org.sextant.engine.schedule.LinkType;
import org.sextant.engine.schedule.ProgressMode;
import org.sextant.engine.schedule.Progress;
import org.sextant.engine.schedule.Project;
import org.sextant.engine.schedule.ScheduleInput;
import org.sextant.engine.schedule.ScheduleOptions;

/**
 * Maps an MPXJ {@link ProjectFile} to the engine's {@link ScheduleInput} and records the dates stored
 * in it. Tasks are identified by MPXJ unique id. Inactive and null tasks are left out; manually
 * scheduled and external tasks are pinned to their stored start (MS Project does not move them);
 * Primavera level-of-effort and hammock activities, whose dates come from other activities, are read
 * as pinned too and are not compared.
 */
public final class MpxjScheduleReader {

    private static final String PROJECT = "project";

    /** Reads a file with MPXJ's universal reader. */
    public static ProjectFile readFile(Path file) throws IOException {
        try {
            ProjectFile project = new UniversalProjectReader().read(file.toFile());
            if (project == null) {
                throw new IOException("MPXJ does not recognise " + file);
            }
            return project;
        } catch (MPXJException e) {
            throw new IOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Reads and maps a file. */
    public ImportedSchedule read(Path file) throws IOException {
        return map(readFile(file));
    }

    /** Whether the file was written by Primavera (by MPXJ's file type). */
    public static ImportedSchedule.SourceTool toolOf(ProjectFile file) {
        String type = String.valueOf(file.getProjectProperties().getFileType()).toUpperCase();
        String application = String.valueOf(file.getProjectProperties().getFileApplication()).toUpperCase();
        return type.contains("XER") || type.contains("PMXML") || application.contains("PRIMAVERA")
                ? ImportedSchedule.SourceTool.PRIMAVERA : ImportedSchedule.SourceTool.MICROSOFT_PROJECT;
    }

    /** Maps a file already read. */
    public ImportedSchedule map(ProjectFile file) {
        ProjectProperties properties = file.getProjectProperties();
        ImportedSchedule.SourceTool tool = toolOf(file);
        boolean primavera = tool == ImportedSchedule.SourceTool.PRIMAVERA;

        List<CalendarDefinition> calendars = new ArrayList<>();
        for (ProjectCalendar calendar : file.getCalendars()) {
            calendars.add(calendar(calendar));
        }
        ProjectCalendar defaultCalendar = properties.getDefaultCalendar();
        String defaultCalendarId;
        if (defaultCalendar != null) {
            defaultCalendarId = calendarId(defaultCalendar);
        } else if (!calendars.isEmpty()) {
            defaultCalendarId = calendars.get(0).id();
        } else {
            calendars.add(CalendarDefinition.standard("standard", List.of()));
            defaultCalendarId = "standard";
        }

        LocalDateTime start = properties.getStartDate();
        LocalDateTime status = properties.getStatusDate();
        List<Activity> activities = new ArrayList<>();
        List<StoredDates> stored = new ArrayList<>();
        Set<Integer> included = new HashSet<>();
        LocalDateTime earliest = null;
        for (Task task : file.getTasks()) {
            if (!schedulable(task)) {
                continue;
            }
            included.add(task.getUniqueID());
            if (task.getStart() != null && (earliest == null || task.getStart().isBefore(earliest))) {
                earliest = task.getStart();
            }
        }
        if (start == null) {
            start = earliest == null ? LocalDateTime.of(2000, 1, 3, 8, 0) : earliest;
        }
        for (Task task : file.getTasks()) {
            if (!included.contains(task.getUniqueID())) {
                continue;
            }
            Activity activity = activity(task, properties, included, primavera);
            activities.add(activity);
            boolean compared = !pinnedByTool(task) && !(primavera && task.getSummary());
            if (compared) {
                stored.add(stored(task, properties));
            }
        }
        List<Link> links = new ArrayList<>();
        for (Task task : file.getTasks()) {
            if (!included.contains(task.getUniqueID())) {
                continue;
            }
            for (Relation relation : task.getPredecessors()) {
                Task predecessor = relation.getPredecessorTask();
                if (predecessor == null || !included.contains(predecessor.getUniqueID())) {
                    continue;
                }
                links.add(new Link(id(predecessor), id(task), linkType(relation), lag(relation.getLag(), properties)));
            }
        }
        ScheduleOptions options = primavera ? primaveraOptions(properties) : ScheduleOptions.microsoftProject();
        Project project = new Project(PROJECT, start, status, defaultCalendarId, primavera ? properties.getMustFinishBy() : null);
        ScheduleInput input = new ScheduleInput(List.of(project), calendars, activities, links, options);
        return new ImportedSchedule(input, stored, tool);
    }

    private static ScheduleOptions primaveraOptions(ProjectProperties properties) {
        ScheduleOptions options = ScheduleOptions.primavera();
        RelationshipLagCalendar lag = properties.getRelationshipLagCalendar();
        if (lag != null) {
            options = options.withLagCalendar(switch (lag) {
                case PREDECESSOR -> LagCalendar.PREDECESSOR;
                case SUCCESSOR -> LagCalendar.SUCCESSOR;
                case TWENTY_FOUR_HOUR -> LagCalendar.TWENTY_FOUR_HOUR;
                case PROJECT_DEFAULT -> LagCalendar.PROJECT_DEFAULT;
            });
        }
        if (properties.getSchedulingProgressedActivities() == SchedulingProgressedActivities.PROGRESS_OVERRIDE) {
            options = options.withProgressMode(ProgressMode.PROGRESS_OVERRIDE);
        }
        return options;
    }

    private static boolean schedulable(Task task) {
        return task.getUniqueID() != null && !task.getNull() && task.getActive()
                && !(task.getUniqueID() == 0 && task.getParentTask() == null && task.getSummary()
                        && task.getID() != null && task.getID() == 0);
    }

    private static boolean pinnedByTool(Task task) {
        ActivityType type = task.getActivityType();
        return task.getTaskMode() == TaskMode.MANUALLY_SCHEDULED || task.getExternalTask()
                || type == ActivityType.LEVEL_OF_EFFORT || type == ActivityType.HAMMOCK
                || type == ActivityType.WBS_SUMMARY;
    }

    private static String id(Task task) {
        return String.valueOf(task.getUniqueID());
    }

    private static String calendarId(ProjectCalendar calendar) {
        return "cal-" + calendar.getUniqueID();
    }

    private static Activity activity(Task task, ProjectProperties properties, Set<Integer> included, boolean primavera) {
        Task parentTask = task.getParentTask();
        String parent = parentTask != null && included.contains(parentTask.getUniqueID()) ? id(parentTask) : null;
        ProjectCalendar calendar = task.getCalendar();
        String calendarId = calendar == null ? null : calendarId(calendar);
        Duration duration = task.getDuration();
        if (primavera && task.getPlannedDuration() != null && task.getActualStart() == null) {
            duration = task.getPlannedDuration();
        }
        long minutes = Math.max(0, minutes(duration, properties));
        DurationType durationType = duration != null && duration.getUnits().name().startsWith("ELAPSED")
                ? DurationType.ELAPSED : DurationType.WORKING;
        ActivityType type = task.getActivityType();
        if (type == ActivityType.START_MILESTONE || type == ActivityType.FINISH_MILESTONE
                || (task.getMilestone() && !primavera && minutes == 0)) {
            minutes = 0;
        }
        Constraint constraint = constraint(task);
        if (pinnedByTool(task) && task.getStart() != null && !task.getSummary()) {
            constraint = new Constraint(ConstraintType.MUST_START_ON, task.getStart());
        }
        Progress progress = Progress.NONE;
        if (task.getActualStart() != null && honoursActuals(task, primavera, properties.getStartDate())) {
            Long remaining = task.getRemainingDuration() == null ? null
                    : Math.max(0, minutes(task.getRemainingDuration(), properties));
            progress = new Progress(task.getActualStart(), task.getActualFinish(), remaining, null);
        }
        MilestoneKind kind = type == ActivityType.START_MILESTONE ? MilestoneKind.START
                : type == ActivityType.FINISH_MILESTONE ? MilestoneKind.FINISH : MilestoneKind.AUTO;
        List<Assignment> assignments = primavera || progress.started() || minutes == 0 || durationType == DurationType.ELAPSED
                ? List.of() : assignments(task, properties);
        return new Activity(id(task), PROJECT, task.getName(), parent, calendarId, minutes, durationType, constraint,
                task.getDeadline(), progress, kind, primavera || !assignments.isEmpty() ? List.of() : resourceCalendars(task),
                assignments);
    }

    /**
     * Files written by other tools sometimes carry placeholder actual dates (a start and a finish
     * before the project start on a task that is 0% complete); MS Project ignores them, and so does this reader. Primavera's
     * percent complete may be physical, so its actual dates are always honoured.
     */
    private static boolean honoursActuals(Task task, boolean primavera, LocalDateTime projectStart) {
        Number percent = task.getPercentageComplete();
        boolean placeholder = percent != null && percent.doubleValue() == 0 && task.getActualFinish() != null
                && projectStart != null && task.getActualStart().isBefore(projectStart);
        return primavera || !placeholder;
    }

    /**
     * The calendar of the work resource assigned to an MS Project task, unless it ignores resource
     * calendars. With several resources on different calendars each assignment follows its own
     * calendar in MS Project; the engine has one calendar per activity, so such tasks keep the task
     * calendar (a documented approximation).
     */
    private static List<String> resourceCalendars(Task task) {
        if (task.getIgnoreResourceCalendar() || task.getSummary()) {
            return List.of();
        }
        List<String> ids = new ArrayList<>();
        for (ResourceAssignment assignment : task.getResourceAssignments()) {
            Resource resource = assignment.getResource();
            if (resource == null || resource.getType() != ResourceType.WORK || resource.getCalendar() == null
                    || assignment.getWork() == null || assignment.getWork().getDuration() == 0) {
                continue;
            }
            String id = calendarId(canonical(resource.getCalendar()));
            if (!ids.contains(id)) {
                ids.add(id);
            }
        }
        return ids.size() == 1 ? ids : List.of();
    }

    /**
     * The assignments of an MS Project task whose work resources are on different calendars: MS Project
     * schedules each of them on its own resource's calendar for work ÷ units, and the task ends with the
     * last. Empty for a task with one resource calendar (that calendar is intersected with the task's,
     * see {@link #resourceCalendars}) or one that ignores resource calendars.
     */
    private static List<Assignment> assignments(Task task, ProjectProperties properties) {
        if (task.getIgnoreResourceCalendar() || task.getSummary()) {
            return List.of();
        }
        List<Assignment> result = new ArrayList<>();
        Set<String> calendars = new HashSet<>();
        for (ResourceAssignment assignment : task.getResourceAssignments()) {
            Resource resource = assignment.getResource();
            Number units = assignment.getUnits();
            if (resource == null || resource.getType() != ResourceType.WORK || resource.getCalendar() == null
                    || assignment.getWork() == null || assignment.getWork().getDuration() == 0 || units == null
                    || units.doubleValue() <= 0) {
                continue;
            }
            String id = calendarId(canonical(resource.getCalendar()));
            calendars.add(id);
            result.add(new Assignment(id, minutes(assignment.getWork(), properties), units.doubleValue() / 100.0));
        }
        return calendars.size() > 1 ? result : List.of();
    }

    /** A derived calendar that changes nothing is its base calendar. */
    private static ProjectCalendar canonical(ProjectCalendar calendar) {
        ProjectCalendar current = calendar;
        while (current.getParent() != null && current.getCalendarExceptions().isEmpty()
                && current.getWorkWeeks().isEmpty() && allDefault(current)) {
            current = current.getParent();
        }
        return current;
    }

    private static boolean allDefault(ProjectCalendar calendar) {
        for (DayOfWeek day : DayOfWeek.values()) {
            if (calendar.getCalendarDayType(day) != DayType.DEFAULT) {
                return false;
            }
        }
        return true;
    }

    private static Constraint constraint(Task task) {
        org.mpxj.ConstraintType type = task.getConstraintType();
        LocalDateTime date = task.getConstraintDate();
        if (type == null) {
            return Constraint.ASAP;
        }
        ConstraintType mapped = switch (type) {
            case AS_SOON_AS_POSSIBLE -> ConstraintType.AS_SOON_AS_POSSIBLE;
            case AS_LATE_AS_POSSIBLE -> ConstraintType.AS_LATE_AS_POSSIBLE;
            case MUST_START_ON -> ConstraintType.MUST_START_ON;
            case MUST_FINISH_ON -> ConstraintType.MUST_FINISH_ON;
            case START_NO_EARLIER_THAN -> ConstraintType.START_NO_EARLIER_THAN;
            case START_NO_LATER_THAN -> ConstraintType.START_NO_LATER_THAN;
            case FINISH_NO_EARLIER_THAN -> ConstraintType.FINISH_NO_EARLIER_THAN;
            case FINISH_NO_LATER_THAN -> ConstraintType.FINISH_NO_LATER_THAN;
            case START_ON -> ConstraintType.START_ON;
            case FINISH_ON -> ConstraintType.FINISH_ON;
        };
        if (date == null && mapped != ConstraintType.AS_SOON_AS_POSSIBLE && mapped != ConstraintType.AS_LATE_AS_POSSIBLE) {
            return Constraint.ASAP;
        }
        return new Constraint(mapped, mapped == ConstraintType.AS_SOON_AS_POSSIBLE
                || mapped == ConstraintType.AS_LATE_AS_POSSIBLE ? null : date);
    }

    private static LinkType linkType(Relation relation) {
        return switch (relation.getType()) {
            case FINISH_START -> LinkType.FINISH_TO_START;
            case START_START -> LinkType.START_TO_START;
            case FINISH_FINISH -> LinkType.FINISH_TO_FINISH;
            case START_FINISH -> LinkType.START_TO_FINISH;
        };
    }

    private static Lag lag(Duration lag, ProjectProperties properties) {
        if (lag == null || lag.getDuration() == 0) {
            return Lag.NONE;
        }
        TimeUnit units = lag.getUnits();
        if (units == TimeUnit.PERCENT || units == TimeUnit.ELAPSED_PERCENT) {
            return Lag.percent(lag.getDuration());
        }
        if (units.name().startsWith("ELAPSED")) {
            return Lag.elapsed(elapsedMinutes(lag));
        }
        return Lag.working(minutes(lag, properties));
    }

    /** Working minutes of a duration with the project's minutes per day/week and days per month. */
    static long minutes(Duration duration, ProjectProperties properties) {
        if (duration == null) {
            return 0;
        }
        if (duration.getUnits().name().startsWith("ELAPSED")) {
            return Math.round(elapsedMinutes(duration));
        }
        return Math.round(duration.convertUnits(TimeUnit.MINUTES, properties).getDuration());
    }

    private static double elapsedMinutes(Duration duration) {
        double value = duration.getDuration();
        return switch (duration.getUnits()) {
            case ELAPSED_HOURS -> value * 60;
            case ELAPSED_DAYS -> value * 1440;
            case ELAPSED_WEEKS -> value * 10080;
            case ELAPSED_MONTHS -> value * 43200;
            case ELAPSED_YEARS -> value * 525600;
            default -> value;
        };
    }

    private static StoredDates stored(Task task, ProjectProperties properties) {
        Long totalFloat = task.getTotalSlack() == null ? null : minutes(task.getTotalSlack(), properties);
        return new StoredDates(id(task), task.getName(), task.getSummary(), task.getStart(), task.getFinish(),
                task.getEarlyStart(), task.getEarlyFinish(), task.getLateStart(), task.getLateFinish(), totalFloat,
                task.getActualStart() != null);
    }

    static CalendarDefinition calendar(ProjectCalendar calendar) {
        ProjectCalendar parent = calendar.getParent();
        Map<DayOfWeek, DayPattern> week = days(calendar, parent == null);
        List<WorkWeek> workWeeks = new ArrayList<>();
        for (ProjectCalendarWeek workWeek : calendar.getWorkWeeks()) {
            if (workWeek.getDateRange() != null) {
                workWeeks.add(new WorkWeek(workWeek.getDateRange().getStart(), workWeek.getDateRange().getEnd(),
                        days(workWeek, false)));
            }
        }
        List<CalendarException> exceptions = new ArrayList<>();
        for (ProjectCalendarException exception : calendar.getCalendarExceptions()) {
            List<ProjectCalendarException> expanded = exception.getRecurring() == null
                    ? List.of(exception) : exception.getExpandedExceptions();
            for (ProjectCalendarException dated : expanded) {
                if (dated.getFromDate() == null || dated.getToDate() == null) {
                    continue;
                }
                exceptions.add(new CalendarException(dated.getFromDate(), dated.getToDate(), pattern(exception), null));
            }
        }
        return new CalendarDefinition(calendarId(calendar), calendar.getName(),
                parent == null ? null : calendarId(parent), week, workWeeks, exceptions);
    }

    private static Map<DayOfWeek, DayPattern> days(ProjectCalendarDays days, boolean defaultIsWorkingPattern) {
        Map<DayOfWeek, DayPattern> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            DayType type = days.getCalendarDayType(day);
            if (type == DayType.WORKING) {
                week.put(day, pattern(days.getCalendarHours(day)));
            } else if (type == DayType.NON_WORKING) {
                week.put(day, DayPattern.NON_WORKING);
            } else if (defaultIsWorkingPattern) {
                week.put(day, day.getValue() <= 5 ? DayPattern.STANDARD : DayPattern.NON_WORKING);
            }
        }
        return week;
    }

    private static DayPattern pattern(ProjectCalendarHours hours) {
        if (hours == null || hours.isEmpty()) {
            return DayPattern.NON_WORKING;
        }
        List<WorkingInterval> intervals = new ArrayList<>();
        for (var range : hours) {
            if (range.getStart() != null && range.getEnd() != null) {
                WorkingInterval interval = WorkingInterval.of(range.getStart(), range.getEnd());
                intervals.add(interval);
            }
        }
        return mergeTouching(intervals);
    }

    private static DayPattern mergeTouching(List<WorkingInterval> intervals) {
        intervals.sort((a, b) -> Integer.compare(a.startMinute(), b.startMinute()));
        List<WorkingInterval> merged = new ArrayList<>();
        for (WorkingInterval interval : intervals) {
            if (!merged.isEmpty() && merged.get(merged.size() - 1).endMinute() >= interval.startMinute()) {
                WorkingInterval last = merged.remove(merged.size() - 1);
                merged.add(new WorkingInterval(last.startMinute(), Math.max(last.endMinute(), interval.endMinute())));
            } else {
                merged.add(interval);
            }
        }
        return new DayPattern(merged);
    }
}
