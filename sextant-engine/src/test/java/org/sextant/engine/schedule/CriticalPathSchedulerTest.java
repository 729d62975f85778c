package org.sextant.engine.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sextant.engine.schedule.Net.at;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sextant.engine.calendar.CalendarDefinition;

class CriticalPathSchedulerTest {

    @Test
    void emptyInputGivesAnEmptySchedule() {
        Schedule schedule = new Net().schedule();
        assertThat(schedule.size()).isZero();
        assertThat(schedule.projectFinish("p")).isEqualTo(Net.MONDAY);
    }

    @Test
    void singleActivityStartsAtProjectStartAndFinishesAfterItsDuration() {
        ActivitySchedule a = new Net().task("A", 2).get("A");
        assertThat(a.start()).isEqualTo(at("2026-01-05T08:00"));
        assertThat(a.finish()).isEqualTo(at("2026-01-06T17:00"));
        assertThat(a.critical()).isTrue();
    }

    @Test
    void cycleComesBackAsAValueNamingItsActivities() {
        ScheduleResult result = new Net().task("A", 1).task("B", 1).task("C", 1).task("D", 1)
                .fs("A", "B").fs("B", "C").fs("C", "D").fs("D", "B").result();
        assertThat(result).isInstanceOf(CycleDetected.class);
        assertThat(((CycleDetected) result).activityIds()).containsExactlyInAnyOrder("B", "C", "D");
    }

    @Test
    void negativeDurationIsRejectedNamingTheActivity() {
        Net net = new Net().add(Activity.of("bad", "p", -5));
        assertThatThrownBy(net::result).isInstanceOf(InvalidScheduleException.class).hasMessageContaining("bad")
                .hasMessageContaining("negative duration");
    }

    @Test
    void unknownCalendarIsRejectedNamingTheActivity() {
        Net net = new Net().add(Activity.of("A", "p", 480).withCalendar("nowhere"));
        assertThatThrownBy(net::result).isInstanceOf(InvalidScheduleException.class).hasMessageContaining("A")
                .hasMessageContaining("nowhere");
    }

    @Test
    void finishToStartSuccessorStartsAtTheNextWorkingMinute() {
        ActivitySchedule b = new Net().task("A", 1).task("B", 1).fs("A", "B").get("B");
        assertThat(b.start()).isEqualTo(at("2026-01-06T08:00"));
        assertThat(b.drivingPredecessors()).containsExactly("A");
    }

    @Test
    void finishToStartLagIsCountedInSuccessorCalendar() {
        Net net = new Net().calendar(Net.withHoliday("tuesdayOff", LocalDate.of(2026, 1, 6)))
                .task("A", 1).add(Activity.of("B", "p", 480).withCalendar("tuesdayOff"))
                .link("A", "B", LinkType.FINISH_TO_START, Lag.working(480));
        assertThat(net.get("B").start()).isEqualTo(at("2026-01-08T08:00"));
    }

    @Test
    void finishToStartLagIsCountedInPredecessorCalendarWhenConfigured() {
        Net net = new Net().calendar(Net.withHoliday("tuesdayOff", LocalDate.of(2026, 1, 6)))
                .task("A", 1).add(Activity.of("B", "p", 480).withCalendar("tuesdayOff"))
                .link("A", "B", LinkType.FINISH_TO_START, Lag.working(480))
                .options(ScheduleOptions.microsoftProject().withLagCalendar(LagCalendar.PREDECESSOR));
        assertThat(net.get("B").start()).isEqualTo(at("2026-01-07T08:00"));
    }

    @Test
    void startToStartLagStartsTheSuccessorAfterThePredecessorStarts() {
        ActivitySchedule b = new Net().task("A", 3).task("B", 1)
                .link("A", "B", LinkType.START_TO_START, Lag.working(480)).get("B");
        assertThat(b.start()).isEqualTo(at("2026-01-06T08:00"));
    }

    @Test
    void finishToFinishLinkAlignsTheSuccessorsFinish() {
        ActivitySchedule b = new Net().task("A", 3).task("B", 1)
                .link("A", "B", LinkType.FINISH_TO_FINISH, Lag.NONE).get("B");
        assertThat(b.start()).isEqualTo(at("2026-01-07T08:00"));
        assertThat(b.finish()).isEqualTo(at("2026-01-07T17:00"));
    }

    @Test
    void startToFinishLinkMakesTheSuccessorFinishAfterThePredecessorStarts() {
        Net net = new Net().task("X", 2).task("A", 1).task("B", 1).fs("X", "A")
                .link("A", "B", LinkType.START_TO_FINISH, Lag.working(-240));
        assertThat(net.get("B").finish()).isEqualTo(at("2026-01-06T12:00"));
    }

    @Test
    void finishDrivenSuccessorFinishesAtTheDrivingInstant() {
        Net net = new Net().task("X", 2).task("A", 1).task("B", 1).fs("X", "A")
                .link("A", "B", LinkType.START_TO_FINISH, Lag.NONE);
        ActivitySchedule b = net.get("B");
        assertThat(b.start()).isEqualTo(at("2026-01-06T08:00"));
        assertThat(b.finish()).isEqualTo(at("2026-01-07T08:00"));
    }

    @Test
    void laggedFinishToFinishSuccessorFinishesAtTheEndOfTheWorkingDayWhateverTheInputOrder() {
        // B: finish >= A's finish (Mon 17:00) + 1 working day = Tue 17:00 (working index of Wed 08:00).
        // R, visited just before B when listed first, last computed Wed 08:00 (SS from Q) for its own link.
        Activity q = Activity.of("Q", "p", 480).withConstraint(
                new Constraint(ConstraintType.START_NO_EARLIER_THAN, at("2026-01-07T08:00")));
        Link ff = new Link("A", "B", LinkType.FINISH_TO_FINISH, Lag.working(480));
        Link ss = new Link("Q", "R", LinkType.START_TO_START, Lag.NONE);
        Net qrFirst = new Net().add(q).task("R", 1).task("A", 1).task("B", 1);
        qrFirst.links.addAll(List.of(ss, ff));
        Net abFirst = new Net().task("A", 1).task("B", 1).add(q).task("R", 1);
        abFirst.links.addAll(List.of(ff, ss));
        assertThat(List.of(qrFirst.get("B").finish(), abFirst.get("B").finish()))
                .containsExactly(at("2026-01-06T17:00"), at("2026-01-06T17:00"));
        assertThat(qrFirst.get("B").start()).isEqualTo(at("2026-01-06T08:00"));
    }

    @Test
    void finishLinksAllowingTheSameWorkingMinuteLetTheLaterInstantDriveWhateverTheirOrder() {
        // both allow B's finish at the working index of Tue 17:00 / Wed 08:00: A's finish + 1 day ends on
        // Tue 17:00, Q (after X) starts on Wed 08:00; B finishes at the later one, as with the SF link alone
        Link ff = new Link("A", "B", LinkType.FINISH_TO_FINISH, Lag.working(480));
        Link sf = new Link("Q", "B", LinkType.START_TO_FINISH, Lag.NONE);
        Net ffFirst = new Net().task("X", 2).task("Q", 1).task("A", 1).task("B", 1).fs("X", "Q");
        ffFirst.links.addAll(List.of(ff, sf));
        Net sfFirst = new Net().task("X", 2).task("Q", 1).task("A", 1).task("B", 1).fs("X", "Q");
        sfFirst.links.addAll(List.of(sf, ff));
        assertThat(List.of(ffFirst.get("B").finish(), sfFirst.get("B").finish()))
                .containsExactly(at("2026-01-07T08:00"), at("2026-01-07T08:00"));
    }

    @Test
    void negativeLagLetsTheSuccessorOverlapItsPredecessor() {
        ActivitySchedule b = new Net().task("A", 3).task("B", 1)
                .link("A", "B", LinkType.FINISH_TO_START, Lag.working(-480)).get("B");
        assertThat(b.start()).isEqualTo(at("2026-01-07T08:00"));
    }

    @Test
    void elapsedLagCountsCalendarMinutes() {
        Net net = new Net().add(Activity.of("A", "p", 480).withConstraint(
                new Constraint(ConstraintType.START_NO_EARLIER_THAN, at("2026-01-09T08:00")))).task("B", 1)
                .link("A", "B", LinkType.FINISH_TO_START, Lag.elapsed(1440));
        assertThat(net.get("B").start()).isEqualTo(at("2026-01-12T08:00"));
    }

    @Test
    void percentLagIsAShareOfThePredecessorsDuration() {
        ActivitySchedule b = new Net().task("A", 2).task("B", 1)
                .link("A", "B", LinkType.START_TO_START, Lag.percent(50)).get("B");
        assertThat(b.start()).isEqualTo(at("2026-01-06T08:00"));
    }

    @Test
    void milestoneAfterATaskSitsAtItsFinish() {
        ActivitySchedule m = new Net().task("A", 5).task("M", 0).fs("A", "M").get("M");
        assertThat(m.start()).isEqualTo(at("2026-01-09T17:00"));
        assertThat(m.finish()).isEqualTo(at("2026-01-09T17:00"));
    }

    @Test
    void startMilestoneSitsAtTheNextStartOfWork() {
        Net net = new Net().task("A", 5).add(new Activity("M", "p", "M", null, null, 0, DurationType.WORKING,
                Constraint.ASAP, null, Progress.NONE, MilestoneKind.START)).fs("A", "M");
        assertThat(net.get("M").start()).isEqualTo(at("2026-01-12T08:00"));
    }

    @Test
    void startNoEarlierThanDelaysTheStart() {
        ActivitySchedule a = new Net().add(Activity.of("A", "p", 480).withConstraint(
                new Constraint(ConstraintType.START_NO_EARLIER_THAN, at("2026-01-07T00:00")))).get("A");
        assertThat(a.start()).isEqualTo(at("2026-01-07T08:00"));
    }

    @Test
    void startNoLaterThanWinsOverLinksAndReportsNegativeFloat() {
        Net net = new Net().task("A", 3).add(Activity.of("B", "p", 480).withConstraint(
                new Constraint(ConstraintType.START_NO_LATER_THAN, at("2026-01-06T08:00")))).fs("A", "B");
        ActivitySchedule b = net.get("B");
        assertThat(b.start()).isEqualTo(at("2026-01-06T08:00"));
        assertThat(net.get("A").totalFloatMinutes()).isEqualTo(-2 * 480);
    }

    @Test
    void finishNoEarlierThanDelaysTheFinish() {
        ActivitySchedule a = new Net().add(Activity.of("A", "p", 480).withConstraint(
                new Constraint(ConstraintType.FINISH_NO_EARLIER_THAN, at("2026-01-08T17:00")))).get("A");
        assertThat(a.start()).isEqualTo(at("2026-01-08T08:00"));
    }

    @Test
    void finishNoLaterThanCapsLateDatesOnlyInPrimavera() {
        Net net = new Net().task("A", 3).add(Activity.of("B", "p", 480).withConstraint(
                new Constraint(ConstraintType.FINISH_NO_LATER_THAN, at("2026-01-07T17:00")))).fs("A", "B")
                .options(ScheduleOptions.primavera());
        ActivitySchedule b = net.get("B");
        assertThat(b.start()).isEqualTo(at("2026-01-08T08:00"));
        assertThat(b.lateFinish()).isEqualTo(at("2026-01-07T17:00"));
        assertThat(b.totalFloatMinutes()).isEqualTo(-480);
    }

    @Test
    void mustStartOnFixesTheStart() {
        ActivitySchedule b = new Net().task("A", 1).add(Activity.of("B", "p", 480).withConstraint(
                new Constraint(ConstraintType.MUST_START_ON, at("2026-01-09T08:00")))).fs("A", "B").get("B");
        assertThat(b.start()).isEqualTo(at("2026-01-09T08:00"));
        assertThat(b.lateStart()).isEqualTo(at("2026-01-09T08:00"));
    }

    @Test
    void mustFinishOnFixesTheFinish() {
        ActivitySchedule a = new Net().add(Activity.of("A", "p", 960).withConstraint(
                new Constraint(ConstraintType.MUST_FINISH_ON, at("2026-01-09T17:00")))).get("A");
        assertThat(a.start()).isEqualTo(at("2026-01-08T08:00"));
        assertThat(a.finish()).isEqualTo(at("2026-01-09T17:00"));
    }

    @Test
    void asLateAsPossibleMovesTheActivityToItsLateDates() {
        Net net = new Net().task("A", 5).add(Activity.of("B", "p", 480)
                .withConstraint(new Constraint(ConstraintType.AS_LATE_AS_POSSIBLE, null)));
        ActivitySchedule b = net.get("B");
        assertThat(b.start()).isEqualTo(at("2026-01-09T08:00"));
        assertThat(b.finish()).isEqualTo(at("2026-01-09T17:00"));
    }

    @Test
    void asLateAsPossibleUsesOnlyFreeFloatInPrimavera() {
        Net net = new Net().task("A", 1).add(Activity.of("B", "p", 480)
                .withConstraint(new Constraint(ConstraintType.AS_LATE_AS_POSSIBLE, null))).task("C", 3).task("D", 1)
                .fs("A", "B").fs("B", "D").fs("C", "D").options(ScheduleOptions.primavera());
        assertThat(net.get("B").start()).isEqualTo(at("2026-01-07T08:00"));
    }

    @Test
    void deadlineReportsNegativeFloatWithoutMovingTheActivity() {
        ActivitySchedule a = new Net().add(Activity.of("A", "p", 3 * 480).withDeadline(at("2026-01-06T17:00")))
                .get("A");
        assertThat(a.finish()).isEqualTo(at("2026-01-07T17:00"));
        assertThat(a.totalFloatMinutes()).isEqualTo(-480);
        assertThat(a.critical()).isTrue();
    }

    @Test
    void summaryRollsUpItsChildren() {
        Net net = new Net().task("S", 0).add(Activity.of("A", "p", 480).withParent("S"))
                .add(Activity.of("B", "p", 960).withParent("S")).fs("A", "B");
        ActivitySchedule s = net.get("S");
        assertThat(s.summary()).isTrue();
        assertThat(s.start()).isEqualTo(at("2026-01-05T08:00"));
        assertThat(s.finish()).isEqualTo(at("2026-01-07T17:00"));
    }

    @Test
    void linkToASummaryConstrainsAllOfItsChildren() {
        Net net = new Net().task("X", 2).task("S", 0).add(Activity.of("A", "p", 480).withParent("S"))
                .add(Activity.of("B", "p", 480).withParent("S")).fs("X", "S");
        assertThat(net.get("A").start()).isEqualTo(at("2026-01-07T08:00"));
        assertThat(net.get("B").start()).isEqualTo(at("2026-01-07T08:00"));
    }

    @Test
    void linkFromASummaryWaitsForAllOfItsChildren() {
        Net net = new Net().task("S", 0).add(Activity.of("A", "p", 480).withParent("S"))
                .add(Activity.of("B", "p", 3 * 480).withParent("S")).task("Y", 1).fs("S", "Y");
        assertThat(net.get("Y").start()).isEqualTo(at("2026-01-08T08:00"));
    }

    @Test
    void completedActivityKeepsItsActualDates() {
        Net net = new Net().add(Activity.of("A", "p", 480).withProgress(
                new Progress(at("2026-01-06T10:00"), at("2026-01-08T12:00"), 0L, 100.0))).task("B", 1).fs("A", "B");
        assertThat(net.get("A").start()).isEqualTo(at("2026-01-06T10:00"));
        assertThat(net.get("A").finish()).isEqualTo(at("2026-01-08T12:00"));
        assertThat(net.get("B").start()).isEqualTo(at("2026-01-08T13:00"));
    }

    @Test
    void startedActivityFinishesItsDurationAfterItsActualStartInMsProject() {
        ActivitySchedule a = new Net().add(Activity.of("A", "p", 960).withProgress(
                new Progress(at("2026-01-07T08:00"), null, 480L, 50.0))).statusDate(at("2026-01-12T08:00")).get("A");
        assertThat(a.start()).isEqualTo(at("2026-01-07T08:00"));
        assertThat(a.finish()).isEqualTo(at("2026-01-08T17:00"));
    }

    @Test
    void remainingWorkResumesAtTheStatusDateUnderRetainedLogic() {
        Net net = new Net().task("P", 8).add(Activity.of("A", "p", 960).withProgress(
                new Progress(at("2026-01-05T08:00"), null, 480L, null))).fs("P", "A")
                .statusDate(at("2026-01-07T08:00")).options(ScheduleOptions.primavera());
        ActivitySchedule a = net.get("A");
        assertThat(a.start()).isEqualTo(at("2026-01-05T08:00"));
        assertThat(a.finish()).isEqualTo(at("2026-01-19T17:00"));
    }

    @Test
    void progressOverrideIgnoresUnfinishedPredecessors() {
        Net net = new Net().task("P", 8).add(Activity.of("A", "p", 960).withProgress(
                new Progress(at("2026-01-05T08:00"), null, 480L, null))).fs("P", "A")
                .statusDate(at("2026-01-07T08:00"))
                .options(ScheduleOptions.primavera().withProgressMode(ProgressMode.PROGRESS_OVERRIDE));
        assertThat(net.get("A").finish()).isEqualTo(at("2026-01-07T17:00"));
    }

    @Test
    void completedActivityOutOfSequenceHandsItsUnfinishedPredecessorOnUnderRetainedLogic() {
        Net net = new Net().task("P", 8).add(Activity.of("A", "p", 480).withProgress(
                new Progress(at("2026-01-05T08:00"), at("2026-01-05T17:00"), 0L, 100.0))).task("S", 1)
                .fs("P", "A").fs("A", "S").statusDate(at("2026-01-07T08:00")).options(ScheduleOptions.primavera());
        assertThat(net.get("A").finish()).isEqualTo(at("2026-01-05T17:00"));
        assertThat(net.get("S").start()).isEqualTo(at("2026-01-19T08:00"));
    }

    @Test
    void completedPredecessorDrivesItsSuccessorFromItsActualFinish() {
        Net net = new Net().add(Activity.of("A", "p", 480).withProgress(
                new Progress(at("2026-01-05T08:00"), at("2026-01-05T17:00"), 0L, 100.0))).task("S", 1)
                .link("A", "S", LinkType.FINISH_TO_START, Lag.working(5 * 480))
                .statusDate(at("2026-01-07T08:00")).options(ScheduleOptions.primavera());
        assertThat(net.get("S").start()).isEqualTo(at("2026-01-13T08:00"));
    }

    @Test
    void remainingDurationComesFromPercentCompleteWhenNotGiven() {
        Net net = new Net().add(Activity.of("A", "p", 4 * 480).withProgress(
                new Progress(at("2026-01-05T08:00"), null, null, 75.0)))
                .statusDate(at("2026-01-12T08:00")).options(ScheduleOptions.primavera());
        assertThat(net.get("A").finish()).isEqualTo(at("2026-01-12T17:00"));
    }

    @Test
    void unstartedActivitiesStartNoEarlierThanTheStatusDateInPrimavera() {
        Net net = new Net().task("A", 1).statusDate(at("2026-01-07T00:00")).options(ScheduleOptions.primavera());
        assertThat(net.get("A").start()).isEqualTo(at("2026-01-07T08:00"));
    }

    @Test
    void totalAndFreeFloatMeasureTheSlackOfAParallelBranch() {
        Net net = new Net().task("A", 5).task("B", 1).task("C", 1).task("D", 1)
                .fs("A", "D").fs("B", "C").fs("C", "D");
        assertThat(net.get("B").totalFloatMinutes()).isEqualTo(3 * 480);
        assertThat(net.get("B").freeFloatMinutes()).isZero();
        assertThat(net.get("C").freeFloatMinutes()).isEqualTo(3 * 480);
        assertThat(net.get("A").critical()).isTrue();
        assertThat(net.get("B").critical()).isFalse();
    }

    @Test
    void criticalFlagFollowsTheLongestPathWhenConfigured() {
        Net net = new Net().task("A", 5).task("B", 1).task("D", 1).fs("A", "D").fs("B", "D")
                .options(ScheduleOptions.microsoftProject().withCritical(CriticalBy.LONGEST_PATH, 0));
        assertThat(net.get("A").critical()).isTrue();
        assertThat(net.get("D").critical()).isTrue();
        assertThat(net.get("B").critical()).isFalse();
    }

    @Test
    void criticalFlagUsesTheFloatThresholdWhenConfigured() {
        Net net = new Net().task("A", 5).task("B", 4).task("D", 1).fs("A", "D").fs("B", "D")
                .options(ScheduleOptions.microsoftProject().withCritical(CriticalBy.TOTAL_FLOAT, 480));
        assertThat(net.get("B").critical()).isTrue();
    }

    @Test
    void projectMustFinishByBoundsTheLateDatesOfOpenEndedActivities() {
        Net net = new Net().task("A", 2);
        net.projects.set(0, new Project("p", Net.MONDAY, null, "std", at("2026-01-09T17:00")));
        ActivitySchedule a = net.get("A");
        assertThat(a.lateFinish()).isEqualTo(at("2026-01-09T17:00"));
        assertThat(a.totalFloatMinutes()).isEqualTo(3 * 480);
    }

    @Test
    void drivingPredecessorIsTheLinkWithoutSlack() {
        Net net = new Net().task("A", 5).task("B", 1).task("D", 1).fs("A", "D").fs("B", "D");
        assertThat(net.get("D").drivingPredecessors()).containsExactly("A");
    }

    @Test
    void crossProjectLinkDrivesTheSuccessorProject() {
        Net net = new Net().task("A", 3).add(Activity.of("B", "q", 480)).fs("A", "B");
        net.projects.add(Project.of("q", Net.MONDAY, "std"));
        ActivitySchedule b = net.get("B");
        assertThat(b.start()).isEqualTo(at("2026-01-08T08:00"));
        assertThat(net.schedule().projectFinish("q")).isEqualTo(at("2026-01-08T17:00"));
    }

    @Test
    void elapsedDurationIgnoresTheCalendar() {
        Net net = new Net().add(Activity.of("A", "p", 2 * 1440).elapsed().withConstraint(
                new Constraint(ConstraintType.START_NO_EARLIER_THAN, at("2026-01-09T08:00"))));
        assertThat(net.get("A").finish()).isEqualTo(at("2026-01-11T08:00"));
    }

    @Test
    void activityOnItsOwnCalendarSkipsItsHolidays() {
        Net net = new Net().calendar(Net.withHoliday("off", LocalDate.of(2026, 1, 5)))
                .add(Activity.of("A", "p", 480).withCalendar("off"));
        assertThat(net.get("A").start()).isEqualTo(at("2026-01-06T08:00"));
    }

    @Test
    void twentyFourHourCalendarWorksThroughTheNight() {
        Net net = new Net().calendar(CalendarDefinition.twentyFourHour("24h"))
                .add(Activity.of("A", "p", 1440).withCalendar("24h"));
        assertThat(net.get("A").finish()).isEqualTo(at("2026-01-06T08:00"));
    }

    @Test
    void incrementalRescheduleGivesTheSameDatesAsAFullSchedule() {
        Net net = new Net();
        java.util.SplittableRandom random = new java.util.SplittableRandom(7);
        for (int i = 0; i < 300; i++) {
            net.task("T" + i, 1 + random.nextInt(5));
            if (i > 0) {
                net.link("T" + random.nextInt(i), "T" + i, LinkType.values()[random.nextInt(4)],
                        Lag.working(random.nextInt(3) * 240));
            }
        }
        IncrementalScheduler incremental = IncrementalScheduler.of(net.input());
        incremental.changeDuration("T10", 20 * 480);
        incremental.changeDuration("T150", 0);
        List<Activity> changed = new java.util.ArrayList<>();
        for (Activity a : net.activities) {
            long d = a.id().equals("T10") ? 20 * 480 : a.id().equals("T150") ? 0 : a.durationMinutes();
            changed.add(Activity.of(a.id(), "p", d));
        }
        net.activities.clear();
        net.activities.addAll(changed);
        assertThat(((Schedule) incremental.result()).activities()).isEqualTo(net.schedule().activities());
    }
}
