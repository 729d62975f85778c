package org.sextant.leveling.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sextant.engine.calendar.CalendarDefinition;
import org.sextant.engine.calendar.CalendarRules;
import org.sextant.engine.leveling.Activity;
import org.sextant.engine.leveling.Leveler;
import org.sextant.engine.leveling.LevelingOptions;
import org.sextant.engine.leveling.LevelingResult;
import org.sextant.project.Phase;
import org.sextant.project.Project;
import org.sextant.project.ProjectId;
import org.sextant.project.ProjectStatus;
import org.sextant.resource.Absence;
import org.sextant.resource.Assignment;
import org.sextant.resource.AssignmentId;
import org.sextant.resource.Resource;
import org.sextant.resource.ResourceId;
import org.sextant.resource.ResourceKind;
import org.sextant.schedule.ConstraintType;
import org.sextant.schedule.Dependency;
import org.sextant.schedule.DependencyId;
import org.sextant.schedule.DependencyType;
import org.sextant.schedule.EngineCalendars;
import org.sextant.schedule.Task;
import org.sextant.schedule.TaskId;
import org.sextant.schedule.TaskKind;

/** The translation of stored plans into the engine's leveling problem, on the standard week. */
class LevelingTranslationTest {

    private static final LocalDate MONDAY = LocalDate.of(2027, 1, 4);
    private static final ProjectId PROJECT = ProjectId.of(1);
    private static final CalendarRules RULES = new CalendarRules(List.of(
            CalendarDefinition.standard(EngineCalendars.DEFAULT, List.of())));

    private final List<Task> tasks = new ArrayList<>();
    private final List<Assignment> assignments = new ArrayList<>();
    private final List<Dependency> links = new ArrayList<>();
    private final Map<ResourceId, Resource> pool = new HashMap<>();
    private final Map<ResourceId, List<Absence>> absences = new HashMap<>();

    private static Project project(int priority) {
        return new Project(PROJECT, 0, "P", "P", null, null, null, null, null, null, null, null, Phase.EXECUTION,
                ProjectStatus.ACTIVE, priority, MONDAY, MONDAY.plusYears(1), BigDecimal.ZERO, BigDecimal.ZERO, "EUR", null,
                null);
    }

    private Task task(long id, TaskId parent, TaskKind kind, long days, LocalDateTime actualStart) {
        Task t = new Task(TaskId.of(id), 0, PROJECT, parent, null, "T" + id, kind, (int) id, days * 480, days * 480,
                MONDAY.atTime(8, 0), MONDAY.plusDays(days - 1).atTime(17, 0), 0, actualStart, null, ConstraintType.ASAP,
                null, null, null, 500, null, null);
        tasks.add(t);
        return t;
    }

    /** A task planned from {@code start} (where the schedule put it, honouring its constraint). */
    private Task constrained(long id, long days, ConstraintType type, LocalDate start, int priority) {
        Task t = new Task(TaskId.of(id), 0, PROJECT, null, null, "T" + id, TaskKind.TASK, (int) id, days * 480,
                days * 480, start.atTime(8, 0), start.plusDays(days - 1).atTime(17, 0), 0, null, null, type,
                type == ConstraintType.MFO ? start.plusDays(days - 1).atTime(17, 0) : start.atTime(8, 0), null, null,
                priority, null, null);
        tasks.add(t);
        return t;
    }

    private int[] level(LevelingTranslation translation) {
        return level(translation, 50);
    }

    private int[] level(LevelingTranslation translation, int schedules) {
        LevelingResult.Leveled leveled = (LevelingResult.Leveled) Leveler.standard().level(translation.problem,
                new LevelingOptions(LevelingOptions.DelayPolicy.ALLOW_DELAY, schedules, 1));
        int[] starts = new int[translation.problem.activities().size()];
        leveled.activities().forEach(s -> starts[translation.index(s.id())] = s.start());
        return starts;
    }

    private Resource resource(long id, String maxUnits, LocalDate employmentEnd) {
        Resource r = new Resource(ResourceId.of(id), 0, "R" + id, ResourceKind.PERSON, null, null, null, List.of(),
                BigDecimal.ZERO, "EUR", new BigDecimal(maxUnits), null, null, employmentEnd, true);
        pool.put(r.id(), r);
        return r;
    }

    private void assign(Task task, Resource resource, String units) {
        assignments.add(new Assignment(AssignmentId.of(assignments.size() + 1), 0, task.id(), PROJECT, resource.id(),
                resource.name(), new BigDecimal(units), 0, 0));
    }

    private LevelingTranslation translate() {
        return new LevelingTranslation(new WorkingDays(RULES, EngineCalendars.DEFAULT, MONDAY),
                List.of(new LevelingTranslation.ProjectPlan(project(700), tasks, links, assignments, Map.of())), pool,
                absences);
    }

    @Test
    void leafTasksBecomeActivitiesInWorkingDaysWithDemandInPercentAndProjectThenTaskPriority() {
        Task summary = task(1, null, TaskKind.SUMMARY, 10, null);
        Task a = task(2, summary.id(), TaskKind.TASK, 3, null);
        task(3, summary.id(), TaskKind.MILESTONE, 0, null);
        assign(a, resource(9, "1.0", null), "0.5");

        LevelingTranslation translation = translate();

        assertThat(translation.problem.activities()).extracting(Activity::duration).containsExactly(3, 0);
        Activity first = translation.problem.activities().get(0);
        assertThat(first.demands().get(0).units()).isEqualTo(50);
        assertThat(first.projectPriority()).isEqualTo(700);
        assertThat(first.taskPriority()).isEqualTo(500);
        assertThat(translation.problem.resources().get(0).capacity().defaultUnits()).isEqualTo(100);
    }

    @Test
    void aLinkFromASummaryStandsForLinksFromEachOfItsLeafTasks() {
        Task summary = task(1, null, TaskKind.SUMMARY, 10, null);
        task(2, summary.id(), TaskKind.TASK, 3, null);
        task(3, summary.id(), TaskKind.TASK, 2, null);
        Task after = task(4, null, TaskKind.TASK, 1, null);
        links.add(new Dependency(DependencyId.of(1), 0, summary.id(), after.id(), DependencyType.FS, 0,
                Dependency.LagFormat.WORKING, PROJECT, PROJECT));

        assertThat(translate().problem.links()).extracting(l -> l.predecessor().value() + ">" + l.successor().value())
                .containsExactlyInAnyOrder("t2>t4", "t3>t4");
    }

    @Test
    void aStartedTaskIsFixedAndAFinishedOneIsLeftOut() {
        task(1, null, TaskKind.TASK, 3, MONDAY.plusDays(1).atTime(8, 0));
        Task done = new Task(TaskId.of(2), 0, PROJECT, null, null, "done", TaskKind.TASK, 2, 480, 480, null, null, 100,
                MONDAY.atTime(8, 0), MONDAY.atTime(17, 0), ConstraintType.ASAP, null, null, null, 500, null, null);
        tasks.add(done);

        LevelingTranslation translation = translate();

        assertThat(translation.problem.activities()).hasSize(1);
        assertThat(translation.problem.activities().get(0).fixedStart()).hasValue(1);
    }

    @Test
    void absencesPartTimeAndTheEndOfEmploymentShapeTheCapacity() {
        Task a = task(1, null, TaskKind.TASK, 2, null);
        Resource r = resource(9, "0.8", MONDAY.plusDays(30));
        assign(a, r, "1.0");
        absences.put(r.id(), List.of(new Absence(1, 0, r.id(), MONDAY, MONDAY, null, "Vacation"),
                new Absence(2, 0, r.id(), MONDAY.plusDays(1), MONDAY.plusDays(1), new BigDecimal("2"), "Dentist")));

        LevelingTranslation translation = translate();

        assertThat(translation.capacityAt(0, 0)).isZero();
        assertThat(translation.capacityAt(0, 1)).isEqualTo(60);
        assertThat(translation.capacityAt(0, 2)).isEqualTo(80);
        // capped at the resource's max units
        assertThat(translation.problem.activities().get(0).demands().get(0).units()).isEqualTo(80);
        // after the employment ends nothing is left (period 23 = Thursday 4 February)
        assertThat(translation.capacityAt(0, 23)).isZero();
        assertThat(translation.lasting[0]).isZero();
    }

    @Test
    void levelingTheTranslationWaitsForTheAbsenceAndCountsOverAllocationsBeforeAndAfter() {
        Resource r = resource(9, "1.0", null);
        Task a = task(1, null, TaskKind.TASK, 2, null);
        Task b = task(2, null, TaskKind.TASK, 2, null);
        assign(a, r, "1.0");
        assign(b, r, "1.0");
        absences.put(r.id(), List.of(new Absence(1, 0, r.id(), MONDAY, MONDAY, null, "Vacation")));

        LevelingTranslation translation = translate();
        LevelingResult.Leveled leveled = (LevelingResult.Leveled) Leveler.standard().level(translation.problem,
                new LevelingOptions(LevelingOptions.DelayPolicy.ALLOW_DELAY, 50, 1));

        // now: both on Monday (absent) and Tuesday → 2 over-allocated days
        assertThat(translation.overallocatedDays(translation.currentStart)).containsExactly(2);
        int[] starts = leveled.activities().stream().mapToInt(s -> s.start()).toArray();
        assertThat(starts).containsExactlyInAnyOrder(1, 3);
        assertThat(translation.overallocatedDays(starts)).containsExactly(0);
    }

    @Test
    void workingDaysSkipWeekendsBothWays() {
        WorkingDays days = new WorkingDays(RULES, EngineCalendars.DEFAULT, MONDAY);
        assertThat(days.date(5)).isEqualTo(MONDAY.plusDays(7));
        assertThat(days.period(MONDAY.plusDays(5))).isEqualTo(5);
        assertThat(days.period(MONDAY.minusDays(3))).isZero();
        assertThat(days.period(MONDAY.atTime(17, 0))).isEqualTo(1);
        assertThat(days.period(MONDAY.plusYears(2))).isEqualTo(523);
    }

    @Test
    void aMustStartOnTaskStaysOnItsDateAndTheFlexibleTaskWithHigherPriorityIsDelayedAroundIt() {
        Resource r = resource(9, "1.0", null);
        Task flexible = constrained(1, 2, ConstraintType.ASAP, MONDAY, 900);
        Task fixed = constrained(2, 2, ConstraintType.MSO, MONDAY.plusDays(1), 100);
        assign(flexible, r, "1.0");
        assign(fixed, r, "1.0");

        LevelingTranslation translation = translate();
        int[] starts = level(translation);

        assertThat(translation.problem.activities().get(1).fixedStart()).hasValue(1);
        assertThat(starts[1]).isEqualTo(1);
        assertThat(starts[0]).as("the flexible task moves after the fixed one despite its priority").isEqualTo(3);
        assertThat(translation.overallocatedDays(starts)).containsExactly(0);
    }

    @Test
    void aMustFinishOnTaskIsFixedWhereTheScheduleEndsItOnItsDate() {
        Resource r = resource(9, "1.0", null);
        Task flexible = constrained(1, 3, ConstraintType.ASAP, MONDAY, 900);
        Task fixed = constrained(2, 2, ConstraintType.MFO, MONDAY.plusDays(2), 100);
        assign(flexible, r, "1.0");
        assign(fixed, r, "1.0");

        LevelingTranslation translation = translate();
        int[] starts = level(translation);

        assertThat(translation.problem.activities().get(1).fixedStart()).hasValue(2);
        assertThat(starts[1]).isEqualTo(2);
        // the flexible task cannot fit the two free days before the fixed one, so it waits until after it
        assertThat(starts[0]).isEqualTo(4);
        assertThat(translation.overallocatedDays(starts)).containsExactly(0);
    }

    @Test
    void aStartNoEarlierThanTaskIsReleasedAtItsDateNotFixedAndNeverLeveledEarlier() {
        Resource r = resource(9, "1.0", null);
        Task early = constrained(1, 3, ConstraintType.ASAP, MONDAY, 100);
        Task notBefore = constrained(2, 2, ConstraintType.SNET, MONDAY.plusDays(2), 900);
        assign(early, r, "1.0");
        assign(notBefore, r, "1.0");

        LevelingTranslation translation = translate();

        Activity snet = translation.problem.activities().get(1);
        assertThat(snet.fixedStart()).isEmpty();
        assertThat(snet.releaseDate()).isEqualTo(2);
        int[] byPriority = level(translation, 1);
        assertThat(byPriority[1]).as("the priority rule starts it first, on its date, not before").isEqualTo(2);
        assertThat(byPriority[0]).isEqualTo(4);
        int[] searched = level(translation, 50);
        assertThat(searched[1]).as("the search may delay it for a shorter plan, never start it early")
                .isGreaterThanOrEqualTo(2);
        assertThat(translation.overallocatedDays(searched)).containsExactly(0);
    }
}
