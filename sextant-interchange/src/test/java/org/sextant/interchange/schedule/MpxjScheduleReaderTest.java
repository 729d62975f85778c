package org.sextant.interchange.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.mpxj.ConstraintType;
import org.mpxj.DayType;
import org.mpxj.Duration;
import org.mpxj.ProjectCalendar;
import org.mpxj.ProjectFile;
import org.mpxj.Relation;
import org.mpxj.RelationType;
import org.mpxj.Task;
import org.mpxj.TaskMode;
import org.mpxj.TimeUnit;
import org.sextant.engine.schedule.Activity;
import org.sextant.engine.schedule.LagUnit;
import org.sextant.engine.schedule.Link;
import org.sextant.engine.schedule.LinkType;
import org.sextant.engine.schedule.ScheduleInput;

class MpxjScheduleReaderTest {

    private static final LocalDateTime START = LocalDateTime.of(2026, 1, 5, 8, 0);

    private final ProjectFile file = new ProjectFile();
    private final ProjectCalendar standard;

    MpxjScheduleReaderTest() {
        standard = file.addDefaultBaseCalendar();
        file.getProjectProperties().setDefaultCalendar(standard);
        file.getProjectProperties().setStartDate(START);
    }

    private Task task(String name, double days) {
        Task task = file.addTask();
        task.setName(name);
        Duration duration = Duration.getInstance(days, TimeUnit.DAYS);
        task.setDuration(duration);
        task.setStart(START);
        return task;
    }

    private ScheduleInput input() {
        return new MpxjScheduleReader().map(file).input();
    }

    private Activity activity(ScheduleInput input, Task task) {
        return input.activities().stream().filter(a -> a.id().equals(String.valueOf(task.getUniqueID())))
                .findFirst().orElseThrow();
    }

    @Test
    void durationsBecomeWorkingMinutesWithTheProjectsHoursPerDay() {
        Task a = task("A", 2.5);
        assertThat(activity(input(), a).durationMinutes()).isEqualTo(1200);
    }

    @Test
    void linksKeepTheirTypeAndLag() {
        Task a = task("A", 1);
        Task b = task("B", 1);
        b.addPredecessor(new Relation.Builder().predecessorTask(a).type(RelationType.START_START)
                .lag(Duration.getInstance(4, TimeUnit.HOURS)));
        Link link = input().links().get(0);
        assertThat(link.type()).isEqualTo(LinkType.START_TO_START);
        assertThat(link.lag().unit()).isEqualTo(LagUnit.WORKING_MINUTES);
        assertThat(link.lag().value()).isEqualTo(240);
    }

    @Test
    void percentAndElapsedLagsKeepTheirUnit() {
        Task a = task("A", 1);
        Task b = task("B", 1);
        Task c = task("C", 1);
        b.addPredecessor(new Relation.Builder().predecessorTask(a).type(RelationType.FINISH_START)
                .lag(Duration.getInstance(50, TimeUnit.PERCENT)));
        c.addPredecessor(new Relation.Builder().predecessorTask(a).type(RelationType.FINISH_START)
                .lag(Duration.getInstance(1, TimeUnit.ELAPSED_DAYS)));
        ScheduleInput input = input();
        assertThat(input.links()).extracting(l -> l.lag().unit())
                .containsExactlyInAnyOrder(LagUnit.PERCENT_OF_PREDECESSOR, LagUnit.ELAPSED_MINUTES);
    }

    @Test
    void constraintsAreMappedWithTheirDates() {
        Task a = task("A", 1);
        a.setConstraintType(ConstraintType.START_NO_EARLIER_THAN);
        a.setConstraintDate(START.plusDays(3));
        Activity activity = activity(input(), a);
        assertThat(activity.constraint().type())
                .isEqualTo(org.sextant.engine.schedule.ConstraintType.START_NO_EARLIER_THAN);
        assertThat(activity.constraint().date()).isEqualTo(START.plusDays(3));
    }

    @Test
    void derivedCalendarDaysMarkedDefaultAreInheritedFromTheBase() {
        ProjectCalendar derived = file.addDefaultDerivedCalendar();
        derived.setParent(standard);
        derived.setCalendarDayType(DayOfWeek.SATURDAY, DayType.DEFAULT);
        var definition = MpxjScheduleReader.calendar(derived);
        assertThat(definition.baseId()).isEqualTo("cal-" + standard.getUniqueID());
        assertThat(definition.week()).doesNotContainKey(DayOfWeek.SATURDAY);
    }

    @Test
    void manuallyScheduledTasksArePinnedAndNotCompared() {
        Task a = task("A", 1);
        a.setTaskMode(TaskMode.MANUALLY_SCHEDULED);
        ImportedSchedule imported = new MpxjScheduleReader().map(file);
        assertThat(activity(imported.input(), a).constraint().type())
                .isEqualTo(org.sextant.engine.schedule.ConstraintType.MUST_START_ON);
        assertThat(imported.stored()).isEmpty();
    }

    @Test
    void placeholderActualsOfAnUnstartedTaskAreIgnored() {
        Task a = task("A", 1);
        a.setActualStart(LocalDateTime.of(2000, 1, 1, 0, 0));
        a.setActualFinish(LocalDateTime.of(2000, 1, 1, 0, 0));
        a.setPercentageComplete(0);
        assertThat(activity(input(), a).progress().started()).isFalse();
    }

    @Test
    void parityLineEndsTheReportInTheAgreedFormat() {
        ParityCheck.Report report = new ParityCheck.Report(99, 100, java.util.List.of(), null);
        assertThat(report.line()).isEqualTo("parity: 99/100 tasks (99.0%)");
    }
}
