package org.sextant.interchange.read;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mpxj.CustomField;
import org.mpxj.DayType;
import org.mpxj.Duration;
import org.mpxj.FieldType;
import org.mpxj.FieldTypeClass;
import org.mpxj.LocalTimeRange;
import org.mpxj.ProjectCalendar;
import org.mpxj.ProjectCalendarDays;
import org.mpxj.ProjectCalendarException;
import org.mpxj.ProjectCalendarHours;
import org.mpxj.ProjectFile;
import org.mpxj.ProjectProperties;
import org.mpxj.Rate;
import org.mpxj.Relation;
import org.mpxj.Resource;
import org.mpxj.ResourceAssignment;
import org.mpxj.Task;
import org.mpxj.TimeUnit;
import org.sextant.interchange.model.AssignmentData;
import org.sextant.interchange.model.CalendarData;
import org.sextant.interchange.model.LinkData;
import org.sextant.interchange.model.ProjectData;
import org.sextant.interchange.model.ResourceData;
import org.sextant.interchange.model.TaskData;

/**
 * Maps one MPXJ {@link ProjectFile} to a {@link ProjectData}, counting in {@link Warnings} what is
 * not kept: recurring-task definitions (their occurrences are kept), task splits, external
 * (cross-project) tasks and links, timephased data, rate tables beyond the standard rate, and null
 * or blank elements. Keys are MPXJ unique ids.
 */
final class MpxjMapper {

    private static final int BASELINES = 11;

    private final ProjectFile file;
    private final ProjectProperties properties;
    private final Warnings warnings;

    MpxjMapper(ProjectFile file, Warnings warnings) {
        this.file = file;
        this.properties = file.getProjectProperties();
        this.warnings = warnings;
    }

    ProjectData map() {
        List<CalendarData> calendars = calendars();
        Set<String> taskKeys = new HashSet<>();
        List<TaskData> tasks = new ArrayList<>();
        List<CustomField> customFields = taskCustomFields();
        for (Task task : file.getTasks()) {
            // MS Project's project summary task (unique id 0, outline level 0) is the project itself
            boolean projectSummary = task.getUniqueID() != null && task.getUniqueID() == 0
                    && (task.getName() == null || Integer.valueOf(0).equals(task.getOutlineLevel()));
            if (task.getUniqueID() == null || task.getNull() || projectSummary) {
                continue;
            }
            if (task.getExternalTask()) {
                warnings.add("EXTERNAL_TASK", "external (cross-project) tasks are not imported");
                continue;
            }
            TaskData data = task(task, taskKeys, customFields);
            taskKeys.add(data.key());
            tasks.add(data);
        }
        List<LinkData> links = new ArrayList<>();
        for (Task task : file.getTasks()) {
            for (Relation relation : task.getPredecessors()) {
                String predecessor = key(relation.getPredecessorTask());
                String successor = key(relation.getSuccessorTask());
                if (!taskKeys.contains(predecessor) || !taskKeys.contains(successor)) {
                    warnings.add("EXTERNAL_LINK", "links to tasks outside the project are not imported");
                    continue;
                }
                links.add(link(relation, predecessor, successor));
            }
        }
        Set<String> resourceKeys = new HashSet<>();
        List<ResourceData> resources = new ArrayList<>();
        for (Resource resource : file.getResources()) {
            if (resource.getUniqueID() == null || resource.getNull() || blank(resource.getName())) {
                continue;
            }
            ResourceData data = resource(resource);
            resourceKeys.add(data.key());
            resources.add(data);
        }
        Map<String, AssignmentData> byPair = new LinkedHashMap<>();
        for (ResourceAssignment assignment : file.getResourceAssignments()) {
            Task task = assignment.getTask();
            Resource resource = assignment.getResource();
            if (task == null || resource == null || !taskKeys.contains(key(task))
                    || !resourceKeys.contains(String.valueOf(resource.getUniqueID()))) {
                continue;
            }
            if (assignment.getTimephasedWork() != null && !assignment.getTimephasedWork().isEmpty()) {
                warnings.add("TIMEPHASED", "timephased work contours are reduced to totals");
            }
            AssignmentData data = new AssignmentData(key(task), String.valueOf(resource.getUniqueID()),
                    percentToUnits(assignment.getUnits()), minutes(assignment.getWork()),
                    minutes(assignment.getActualWork()), money(assignment.getCost()), money(assignment.getActualCost()));
            String pair = data.taskKey() + "/" + data.resourceKey();
            AssignmentData earlier = byPair.get(pair);
            if (earlier != null) {
                warnings.add("MERGED_ASSIGNMENTS", "several assignments of one resource to one task are merged into one");
                data = new AssignmentData(data.taskKey(), data.resourceKey(), add(earlier.units(), data.units()),
                        earlier.workMinutes() + data.workMinutes(), earlier.actualWorkMinutes() + data.actualWorkMinutes(),
                        add(earlier.cost(), data.cost()), add(earlier.actualCost(), data.actualCost()));
            }
            byPair.put(pair, data);
        }
        List<AssignmentData> assignments = new ArrayList<>(byPair.values());
        ProjectCalendar defaultCalendar = properties.getDefaultCalendar();
        String name = properties.getProjectTitle() != null ? properties.getProjectTitle() : properties.getName();
        return new ProjectData(String.valueOf(properties.getUniqueID() == null ? 0 : properties.getUniqueID()),
                properties.getProjectID(), name, properties.getStartDate(), properties.getFinishDate(),
                properties.getStatusDate(), properties.getCurrencyCode(),
                defaultCalendar == null ? null : calendarKey(defaultCalendar), calendars, tasks, links, resources,
                assignments);
    }

    private TaskData task(Task task, Set<String> seen, List<CustomField> customFields) {
        Task parent = task.getParentTask();
        String parentKey = parent == null || !seen.contains(key(parent)) ? null : key(parent);
        TaskData.Kind kind = task.getSummary() && !task.getChildTasks().isEmpty() ? TaskData.Kind.SUMMARY
                : task.getMilestone() ? TaskData.Kind.MILESTONE : TaskData.Kind.TASK;
        if (task.getRecurring()) {
            warnings.add("RECURRING", "recurring-task definitions are kept as their occurrences only");
        }
        if (task.getSplits() != null && task.getSplits().size() > 2) {
            warnings.add("SPLIT", "task splits are not kept; split tasks run continuously");
        }
        List<TaskData.Baseline> baselines = new ArrayList<>();
        for (int n = 0; n < BASELINES; n++) {
            LocalDateTime start = n == 0 ? task.getBaselineStart() : task.getBaselineStart(n);
            LocalDateTime finish = n == 0 ? task.getBaselineFinish() : task.getBaselineFinish(n);
            if (start == null && finish == null) {
                continue;
            }
            baselines.add(new TaskData.Baseline(n, start, finish,
                    minutes(n == 0 ? task.getBaselineDuration() : task.getBaselineDuration(n)),
                    minutes(n == 0 ? task.getBaselineWork() : task.getBaselineWork(n)),
                    money(n == 0 ? task.getBaselineCost() : task.getBaselineCost(n))));
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        for (CustomField field : customFields) {
            Object value = task.get(field.getFieldType());
            if (value != null && !(value instanceof Boolean b && !b) && !String.valueOf(value).isEmpty()) {
                attributes.put(field.getAlias() != null ? field.getAlias() : field.getFieldType().getName(),
                        String.valueOf(value));
            }
        }
        TaskData.Constraint constraint = constraint(task);
        return new TaskData(key(task), parentKey, task.getWBS(), task.getName() == null ? "" : task.getName(), kind,
                minutes(task.getDuration()), minutes(task.getWork()), task.getStart(), task.getFinish(),
                number(task.getPercentageComplete()), task.getActualStart(), task.getActualFinish(),
                minutes(task.getRemainingDuration()), constraint,
                constraint == TaskData.Constraint.ASAP || constraint == TaskData.Constraint.ALAP ? null
                        : task.getConstraintDate(),
                task.getDeadline(), task.getCalendar() == null ? null : calendarKey(task.getCalendar()),
                task.getPriority() == null ? 500 : Math.max(0, Math.min(1000, task.getPriority().getValue())),
                money(task.getCost()), blank(task.getNotes()) ? null : task.getNotes().strip(), baselines, attributes);
    }

    private TaskData.Constraint constraint(Task task) {
        if (task.getConstraintType() == null) {
            return TaskData.Constraint.ASAP;
        }
        TaskData.Constraint constraint = switch (task.getConstraintType()) {
            case AS_SOON_AS_POSSIBLE -> TaskData.Constraint.ASAP;
            case AS_LATE_AS_POSSIBLE -> TaskData.Constraint.ALAP;
            case MUST_START_ON, START_ON -> TaskData.Constraint.MSO;
            case MUST_FINISH_ON, FINISH_ON -> TaskData.Constraint.MFO;
            case START_NO_EARLIER_THAN -> TaskData.Constraint.SNET;
            case START_NO_LATER_THAN -> TaskData.Constraint.SNLT;
            case FINISH_NO_EARLIER_THAN -> TaskData.Constraint.FNET;
            case FINISH_NO_LATER_THAN -> TaskData.Constraint.FNLT;
        };
        if (constraint != TaskData.Constraint.ASAP && constraint != TaskData.Constraint.ALAP
                && task.getConstraintDate() == null) {
            warnings.add("CONSTRAINT_WITHOUT_DATE", "date constraints without a date are read as ASAP");
            return TaskData.Constraint.ASAP;
        }
        if (task.getSecondaryConstraintType() != null) {
            warnings.add("SECONDARY_CONSTRAINT", "Primavera secondary constraints are not kept");
        }
        return constraint;
    }

    private LinkData link(Relation relation, String predecessor, String successor) {
        Duration lag = relation.getLag();
        boolean elapsed = lag != null && lag.getUnits() != null && lag.getUnits().isElapsed();
        if (lag != null && (lag.getUnits() == TimeUnit.PERCENT || lag.getUnits() == TimeUnit.ELAPSED_PERCENT)
                && lag.getDuration() != 0) {
            warnings.add("PERCENT_LAG", "percentage lags are converted to minutes of the predecessor's duration");
            double minutes = minutes(relation.getPredecessorTask().getDuration()) * lag.getDuration() / 100.0;
            return new LinkData(predecessor, successor, type(relation), Math.round(minutes), elapsed);
        }
        return new LinkData(predecessor, successor, type(relation), minutes(lag), elapsed);
    }

    private static LinkData.Type type(Relation relation) {
        if (relation.getType() == null) {
            return LinkData.Type.FS;
        }
        return switch (relation.getType()) {
            case FINISH_START -> LinkData.Type.FS;
            case START_START -> LinkData.Type.SS;
            case FINISH_FINISH -> LinkData.Type.FF;
            case START_FINISH -> LinkData.Type.SF;
        };
    }

    private ResourceData resource(Resource resource) {
        ResourceData.Kind kind = resource.getType() == null ? ResourceData.Kind.WORK : switch (resource.getType()) {
            case MATERIAL -> ResourceData.Kind.MATERIAL;
            case COST -> ResourceData.Kind.COST;
            default -> ResourceData.Kind.WORK;
        };
        if (resource.getCostRateTable(1) != null && resource.getCostRateTable(1).size() > 1) {
            warnings.add("RATE_TABLES", "cost rate tables and rate changes are reduced to the standard rate");
        }
        return new ResourceData(String.valueOf(resource.getUniqueID()), resource.getName().strip(),
                blank(resource.getEmailAddress()) ? null : resource.getEmailAddress().strip(), kind,
                perHour(resource.getStandardRate()), percentToUnits(resource.getMaxUnits()),
                resource.getCalendar() == null ? null : calendarKey(resource.getCalendar()));
    }

    private List<CalendarData> calendars() {
        List<CalendarData> result = new ArrayList<>();
        Set<String> done = new HashSet<>();
        List<ProjectCalendar> pending = new ArrayList<>(file.getCalendars());
        // bases before derived calendars
        boolean progress = true;
        while (!pending.isEmpty() && progress) {
            progress = false;
            for (var it = pending.iterator(); it.hasNext();) {
                ProjectCalendar calendar = it.next();
                if (calendar.getParent() == null || done.contains(calendarKey(calendar.getParent()))) {
                    result.add(calendar(calendar));
                    done.add(calendarKey(calendar));
                    it.remove();
                    progress = true;
                }
            }
        }
        for (ProjectCalendar calendar : pending) {
            result.add(calendar(calendar));
        }
        return result;
    }

    private CalendarData calendar(ProjectCalendar calendar) {
        boolean derived = calendar.getParent() != null;
        Map<DayOfWeek, List<CalendarData.Interval>> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            DayType type = calendar.getCalendarDayType(day);
            if (type == DayType.WORKING) {
                week.put(day, intervals(calendar.getCalendarHours(day)));
            } else if (type == DayType.NON_WORKING) {
                week.put(day, List.of());
            } else if (!derived) {
                // a base calendar's "default" day is MS Project's default: weekdays 08-12, 13-17
                boolean weekend = day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
                week.put(day, weekend ? List.of() : List.of(
                        interval(ProjectCalendarDays.DEFAULT_WORKING_MORNING),
                        interval(ProjectCalendarDays.DEFAULT_WORKING_AFTERNOON)));
            }
        }
        if (!calendar.getWorkWeeks().isEmpty()) {
            warnings.add("WORK_WEEKS", "calendar work weeks for date ranges are not kept");
        }
        List<CalendarData.Exception> exceptions = new ArrayList<>();
        for (ProjectCalendarException exception : calendar.getCalendarExceptions()) {
            List<ProjectCalendarException> expanded = exception.getRecurring() == null ? List.of(exception)
                    : exception.getExpandedExceptions();
            for (ProjectCalendarException dated : expanded) {
                exceptions.add(new CalendarData.Exception(exception.getName(), dated.getFromDate(), dated.getToDate(),
                        dated.getWorking() ? intervals(dated) : List.of()));
            }
        }
        Integer perDay = calendar.getMinutesPerDay();
        return new CalendarData(calendarKey(calendar), calendar.getName() == null ? "Calendar " + calendar.getUniqueID()
                : calendar.getName(), derived ? calendarKey(calendar.getParent()) : null, week, exceptions,
                perDay == null ? 480 : perDay);
    }

    private static List<CalendarData.Interval> intervals(ProjectCalendarHours hours) {
        List<CalendarData.Interval> intervals = new ArrayList<>();
        if (hours != null) {
            for (LocalTimeRange range : hours) {
                if (range.getStart() != null && range.getEnd() != null) {
                    intervals.add(new CalendarData.Interval(range.getStart(), range.getEnd()));
                }
            }
        }
        return intervals;
    }

    private static CalendarData.Interval interval(LocalTimeRange range) {
        return new CalendarData.Interval(range.getStart(), range.getEnd());
    }

    private List<CustomField> taskCustomFields() {
        List<CustomField> fields = new ArrayList<>();
        for (CustomField field : file.getCustomFields()) {
            FieldType type = field.getFieldType();
            if (type != null && type.getFieldTypeClass() == FieldTypeClass.TASK && field.getAlias() != null) {
                fields.add(field);
            }
        }
        return fields;
    }

    static String key(Task task) {
        return String.valueOf(task.getUniqueID());
    }

    static String calendarKey(ProjectCalendar calendar) {
        return String.valueOf(calendar.getUniqueID());
    }

    private long minutes(Duration duration) {
        if (duration == null || duration.getUnits() == null) {
            return 0;
        }
        if (duration.getUnits() == TimeUnit.PERCENT || duration.getUnits() == TimeUnit.ELAPSED_PERCENT) {
            return 0;
        }
        TimeUnit target = duration.getUnits().isElapsed() ? TimeUnit.ELAPSED_MINUTES : TimeUnit.MINUTES;
        return Math.round(duration.convertUnits(target, properties).getDuration());
    }

    private BigDecimal perHour(Rate rate) {
        if (rate == null || rate.getAmount() == 0) {
            return null;
        }
        double amount = rate.getAmount();
        double hours = switch (rate.getUnits()) {
            case MINUTES, ELAPSED_MINUTES -> 1.0 / 60;
            case DAYS, ELAPSED_DAYS -> minutesPerDay() / 60.0;
            case WEEKS, ELAPSED_WEEKS -> minutesPerWeek() / 60.0;
            case MONTHS, ELAPSED_MONTHS -> minutesPerDay() * daysPerMonth() / 60.0;
            case YEARS, ELAPSED_YEARS -> minutesPerDay() * daysPerMonth() * 12 / 60.0;
            default -> 1;
        };
        return BigDecimal.valueOf(amount / hours).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    private int minutesPerDay() {
        return properties.getMinutesPerDay() == null ? 480 : properties.getMinutesPerDay().intValue();
    }

    private int minutesPerWeek() {
        return properties.getMinutesPerWeek() == null ? 2400 : properties.getMinutesPerWeek().intValue();
    }

    private int daysPerMonth() {
        return properties.getDaysPerMonth() == null ? 20 : properties.getDaysPerMonth().intValue();
    }

    private static BigDecimal money(Number number) {
        return number == null ? null : BigDecimal.valueOf(number.doubleValue()).setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal percentToUnits(Number percent) {
        return percent == null ? null
                : BigDecimal.valueOf(percent.doubleValue() / 100.0).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    private static BigDecimal add(BigDecimal a, BigDecimal b) {
        return a == null ? b : b == null ? a : a.add(b);
    }

    private static double number(Number number) {
        return number == null ? 0 : number.doubleValue();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

}
