package org.sextant.interchange.write;

import java.math.BigDecimal;

import java.time.DayOfWeek;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mpxj.Availability;
import org.mpxj.ConstraintType;
import org.mpxj.CostRateTable;
import org.mpxj.CostRateTableEntry;
import org.mpxj.DayType;
import org.mpxj.Duration;
import org.mpxj.LocalTimeRange;
import org.mpxj.Priority;
import org.mpxj.ProjectCalendar;
import org.mpxj.ProjectCalendarException;
import org.mpxj.ProjectCalendarHours;
import org.mpxj.ProjectFile;
import org.mpxj.ProjectProperties;
import org.mpxj.Rate;
import org.mpxj.Relation;
import org.mpxj.RelationType;
import org.mpxj.Resource;
import org.mpxj.ResourceAssignment;
import org.mpxj.ResourceType;
import org.mpxj.Task;
import org.mpxj.TaskField;
import org.mpxj.TaskMode;
import org.mpxj.TimeUnit;
import org.mpxj.common.LocalDateTimeHelper;
import org.sextant.interchange.model.AssignmentData;
import org.sextant.interchange.model.CalendarData;
import org.sextant.interchange.model.LinkData;
import org.sextant.interchange.model.ProjectData;
import org.sextant.interchange.model.ResourceData;
import org.sextant.interchange.model.TaskData;

/**
 * Builds an MPXJ {@link ProjectFile} from a {@link ProjectData}, for MPXJ's writers. Custom
 * attributes go to Text1..Text30 with their names as aliases (further ones are dropped).
 */
public final class ProjectFileBuilder {

    private static final int TEXT_FIELDS = 30;

    public ProjectFile build(ProjectData project) {
        ProjectFile file = new ProjectFile();
        ProjectProperties properties = file.getProjectProperties();
        properties.setProjectTitle(project.name());
        properties.setName(project.name());
        properties.setProjectID(project.code());
        properties.setStartDate(project.start());
        properties.setFinishDate(project.finish());
        properties.setStatusDate(project.statusDate());
        properties.setCurrencyCode(project.currency());

        Map<String, ProjectCalendar> calendars = new HashMap<>();
        for (CalendarData data : project.calendars()) {
            calendars.put(data.key(), calendar(file, data));
        }
        for (CalendarData data : project.calendars()) {
            if (data.baseKey() != null && calendars.containsKey(data.baseKey())) {
                calendars.get(data.key()).setParent(calendars.get(data.baseKey()));
            }
        }
        ProjectCalendar defaultCalendar = project.defaultCalendar() == null ? null : calendars.get(project.defaultCalendar());
        if (defaultCalendar == null) {
            defaultCalendar = calendars.isEmpty() ? file.addDefaultBaseCalendar() : calendars.values().iterator().next();
        }
        properties.setDefaultCalendar(defaultCalendar);

        Map<String, Integer> textFields = new HashMap<>();
        Map<String, Task> tasks = new HashMap<>();
        for (TaskData data : project.tasks()) {
            Task parent = data.parentKey() == null ? null : tasks.get(data.parentKey());
            Task task = parent == null ? file.addTask() : parent.addTask();
            tasks.put(data.key(), task);
            task(file, task, data, calendars, textFields);
        }
        for (TaskData data : project.tasks()) {
            if (data.kind() == TaskData.Kind.SUMMARY) {
                tasks.get(data.key()).setSummary(true);
            }
        }
        for (LinkData link : project.links()) {
            Task predecessor = tasks.get(link.predecessorKey());
            Task successor = tasks.get(link.successorKey());
            if (predecessor != null && successor != null) {
                successor.addPredecessor(new Relation.Builder().predecessorTask(predecessor).type(type(link.type()))
                        .lag(Duration.getInstance(link.lagMinutes(),
                                link.elapsed() ? TimeUnit.ELAPSED_MINUTES : TimeUnit.MINUTES)));
            }
        }
        Map<String, Resource> resources = new HashMap<>();
        for (ResourceData data : project.resources()) {
            Resource resource = file.addResource();
            resource.setName(data.name());
            resource.setEmailAddress(data.email());
            resource.setType(switch (data.kind()) {
                case WORK -> ResourceType.WORK;
                case MATERIAL -> ResourceType.MATERIAL;
                case COST -> ResourceType.COST;
            });
            if (data.maxUnits() != null) {
                resource.getAvailability().add(new Availability(LocalDateTimeHelper.START_DATE_NA,
                        LocalDateTimeHelper.END_DATE_NA, data.maxUnits().doubleValue() * 100));
            }
            if (data.costPerHour() != null) {
                CostRateTable table = new CostRateTable();
                table.add(new CostRateTableEntry(LocalDateTimeHelper.START_DATE_NA, LocalDateTimeHelper.END_DATE_NA, 0,
                        new Rate(data.costPerHour().doubleValue(), TimeUnit.HOURS), new Rate(0, TimeUnit.HOURS)));
                resource.setCostRateTable(0, table);
            }
            if (data.calendarKey() != null && calendars.containsKey(data.calendarKey())) {
                resource.setCalendar(calendars.get(data.calendarKey()));
            }
            resources.put(data.key(), resource);
        }
        for (AssignmentData data : project.assignments()) {
            Task task = tasks.get(data.taskKey());
            Resource resource = resources.get(data.resourceKey());
            if (task == null || resource == null) {
                continue;
            }
            ResourceAssignment assignment = task.addResourceAssignment(resource);
            if (data.units() != null) {
                assignment.setUnits(data.units().doubleValue() * 100);
            }
            assignment.setWork(Duration.getInstance(data.workMinutes(), TimeUnit.MINUTES));
            assignment.setActualWork(Duration.getInstance(data.actualWorkMinutes(), TimeUnit.MINUTES));
            assignment.setRemainingWork(Duration.getInstance(Math.max(0, data.workMinutes() - data.actualWorkMinutes()),
                    TimeUnit.MINUTES));
            if (data.cost() != null) {
                assignment.setCost(data.cost());
            }
            if (data.actualCost() != null) {
                assignment.setActualCost(data.actualCost());
            }
            if (data.cost() != null) {
                // P6 writers store actual and remaining cost (planned = their sum), not the planned cost itself
                BigDecimal actual = data.actualCost() == null ? BigDecimal.ZERO : data.actualCost();
                assignment.setRemainingCost(data.cost().subtract(actual).max(BigDecimal.ZERO));
            }
            assignment.setStart(task.getStart());
            assignment.setFinish(task.getFinish());
        }
        return file;
    }

    private static ProjectCalendar calendar(ProjectFile file, CalendarData data) {
        ProjectCalendar calendar = file.addCalendar();
        calendar.setName(data.name());
        calendar.setCalendarMinutesPerDay(data.minutesPerDay());
        for (DayOfWeek day : DayOfWeek.values()) {
            List<CalendarData.Interval> intervals = data.week().get(day);
            if (intervals == null) {
                calendar.setCalendarDayType(day, data.baseKey() == null ? DayType.NON_WORKING : DayType.DEFAULT);
            } else if (intervals.isEmpty()) {
                calendar.setCalendarDayType(day, DayType.NON_WORKING);
            } else {
                calendar.setCalendarDayType(day, DayType.WORKING);
                ProjectCalendarHours hours = calendar.addCalendarHours(day);
                for (CalendarData.Interval interval : intervals) {
                    hours.add(new LocalTimeRange(interval.start(), interval.end()));
                }
            }
        }
        for (CalendarData.Exception exception : data.exceptions()) {
            ProjectCalendarException added = calendar.addCalendarException(exception.from(), exception.to());
            added.setName(exception.name());
            for (CalendarData.Interval interval : exception.intervals()) {
                added.add(new LocalTimeRange(interval.start(), interval.end()));
            }
        }
        return calendar;
    }

    private static void task(ProjectFile file, Task task, TaskData data, Map<String, ProjectCalendar> calendars,
            Map<String, Integer> textFields) {
        task.setName(data.name());
        task.setWBS(data.wbs());
        task.setTaskMode(TaskMode.AUTO_SCHEDULED);
        task.setMilestone(data.kind() == TaskData.Kind.MILESTONE);
        task.setDuration(Duration.getInstance(data.durationMinutes(), TimeUnit.MINUTES));
        task.setWork(Duration.getInstance(data.workMinutes(), TimeUnit.MINUTES));
        task.setStart(data.start());
        task.setFinish(data.finish());
        task.setPercentageComplete(data.percentComplete());
        task.setActualStart(data.actualStart());
        task.setActualFinish(data.actualFinish());
        task.setRemainingDuration(Duration.getInstance(data.remainingMinutes(), TimeUnit.MINUTES));
        task.setConstraintType(switch (data.constraint()) {
            case ASAP -> ConstraintType.AS_SOON_AS_POSSIBLE;
            case ALAP -> ConstraintType.AS_LATE_AS_POSSIBLE;
            case SNET -> ConstraintType.START_NO_EARLIER_THAN;
            case SNLT -> ConstraintType.START_NO_LATER_THAN;
            case FNET -> ConstraintType.FINISH_NO_EARLIER_THAN;
            case FNLT -> ConstraintType.FINISH_NO_LATER_THAN;
            case MSO -> ConstraintType.MUST_START_ON;
            case MFO -> ConstraintType.MUST_FINISH_ON;
        });
        task.setConstraintDate(data.constraintDate());
        task.setDeadline(data.deadline());
        if (data.calendarKey() != null && calendars.containsKey(data.calendarKey())) {
            task.setCalendar(calendars.get(data.calendarKey()));
        }
        task.setPriority(Priority.getInstance(data.priority()));
        if (data.cost() != null) {
            task.setCost(data.cost());
        }
        task.setNotes(data.notes());
        for (TaskData.Baseline baseline : data.baselines()) {
            int n = baseline.number();
            Duration duration = Duration.getInstance(baseline.durationMinutes(), TimeUnit.MINUTES);
            Duration work = Duration.getInstance(baseline.workMinutes(), TimeUnit.MINUTES);
            if (n == 0) {
                task.setBaselineStart(baseline.start());
                task.setBaselineFinish(baseline.finish());
                task.setBaselineDuration(duration);
                task.setBaselineWork(work);
                task.setBaselineCost(baseline.cost());
            } else {
                task.setBaselineStart(n, baseline.start());
                task.setBaselineFinish(n, baseline.finish());
                task.setBaselineDuration(n, duration);
                task.setBaselineWork(n, work);
                task.setBaselineCost(n, baseline.cost());
            }
        }
        data.attributes().forEach((name, value) -> {
            Integer field = textFields.get(name);
            if (field == null && textFields.size() < TEXT_FIELDS) {
                field = textFields.size() + 1;
                textFields.put(name, field);
                file.getCustomFields().getOrCreate(TaskField.valueOf("TEXT" + field)).setAlias(name);
            }
            if (field != null) {
                task.setText(field, value);
            }
        });
    }

    private static RelationType type(LinkData.Type type) {
        return switch (type) {
            case FS -> RelationType.FINISH_START;
            case SS -> RelationType.START_START;
            case FF -> RelationType.FINISH_FINISH;
            case SF -> RelationType.START_FINISH;
        };
    }
}
