package org.sextant.earnedvalue.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sextant.baseline.BaselineTask;
import org.sextant.earnedvalue.EarnedValueUnit;
import org.sextant.engine.evm.ActivityProgress;
import org.sextant.engine.evm.ProgressSnapshot;
import org.sextant.schedule.TaskId;

/** The EV history from recorded progress, estimated from current progress where none was recorded, and the unit. */
class ProgressReconstructionTest {

    private static final LocalDate WEDNESDAY = LocalDate.of(2027, 1, 20);

    @Test
    void theCurrentProgressIsTheSnapshotAtTheProgressDate() {
        var task = new ProgressReconstruction.Current("1", 40, LocalDate.of(2027, 1, 4), null, 600.0);

        List<ProgressSnapshot> snapshots = ProgressReconstruction.snapshots(List.of(task), WEDNESDAY, WEDNESDAY);

        ProgressSnapshot last = snapshots.getLast();
        assertThat(last.statusDate()).isEqualTo(WEDNESDAY);
        assertThat(last.activities().getFirst().percentComplete()).isEqualTo(40);
        assertThat(last.activities().getFirst().estimateToComplete()).hasValue(600.0);
    }

    /** Started Monday 4 January, 40 % on Wednesday 20 January (17 days): Sunday 10th is day 7 of 17. */
    @Test
    void anUnfinishedTaskGrowsLinearlyFromItsActualStartToItsCurrentPercent() {
        var task = new ProgressReconstruction.Current("1", 40, LocalDate.of(2027, 1, 4), null, null);

        List<ProgressSnapshot> snapshots = ProgressReconstruction.snapshots(List.of(task), WEDNESDAY, WEDNESDAY);

        assertThat(snapshots).extracting(ProgressSnapshot::statusDate)
                .containsExactly(LocalDate.of(2027, 1, 10), LocalDate.of(2027, 1, 17), WEDNESDAY);
        assertThat(percent(snapshots.get(0))).isCloseTo(40 * 7 / 17.0, within(1e-9));
        assertThat(percent(snapshots.get(1))).isCloseTo(40 * 14 / 17.0, within(1e-9));
    }

    @Test
    void aFinishedTaskHasItsFullPercentFromItsActualFinishOnAndNothingBeforeItsStart() {
        var done = new ProgressReconstruction.Current("1", 100, LocalDate.of(2027, 1, 4), LocalDate.of(2027, 1, 13), null);
        var later = new ProgressReconstruction.Current("2", 10, LocalDate.of(2027, 1, 18), null, null);

        List<ProgressSnapshot> snapshots = ProgressReconstruction.snapshots(List.of(done, later), WEDNESDAY,
                LocalDate.of(2027, 1, 14));

        ProgressSnapshot tenth = snapshots.get(0);
        assertThat(tenth.activities()).hasSize(1);
        assertThat(percent(tenth)).isCloseTo(70, within(1e-9));
        ProgressSnapshot statusDay = snapshots.stream().filter(s -> s.statusDate().equals(LocalDate.of(2027, 1, 14)))
                .findFirst().orElseThrow();
        assertThat(percent(statusDay)).isEqualTo(100);
    }

    @Test
    void aProjectWithoutActualStartsHasOnlyItsCurrentSnapshot() {
        var task = new ProgressReconstruction.Current("1", 30, null, null, null);

        assertThat(ProgressReconstruction.snapshots(List.of(task), WEDNESDAY, WEDNESDAY)).hasSize(1);
    }

    /** Started Monday 4 January; 30 % recorded as of Friday 8th, 80 % as of Wednesday 20th (the progress date). */
    @Test
    void earnedValueOfAPastWeekFollowsTheProgressRecordedThen() {
        var task = new ProgressReconstruction.Current("1", 80, LocalDate.of(2027, 1, 4), null, null, List.of(
                recorded(LocalDate.of(2027, 1, 8), 30, LocalDate.of(2027, 1, 4), null),
                recorded(WEDNESDAY, 80, LocalDate.of(2027, 1, 4), null)));

        List<ProgressSnapshot> snapshots = ProgressReconstruction.snapshots(List.of(task), WEDNESDAY, WEDNESDAY);

        assertThat(snapshots).extracting(ProgressSnapshot::statusDate)
                .containsExactly(LocalDate.of(2027, 1, 10), LocalDate.of(2027, 1, 17), WEDNESDAY);
        assertThat(percent(snapshots.get(0))).as("recorded on the 8th").isEqualTo(30);
        assertThat(percent(snapshots.get(1))).as("nothing recorded since, not a straight line").isEqualTo(30);
        assertThat(percent(snapshots.get(2))).isEqualTo(80);
    }

    /** Started 4 January, first recorded at 50 % as of Friday 15th (12 days): Sunday 10th is day 7 of 12. */
    @Test
    void aWeekBeforeTheFirstRecordedProgressIsEstimatedLinearlyTowardsIt() {
        var task = new ProgressReconstruction.Current("1", 80, LocalDate.of(2027, 1, 4), null, null, List.of(
                recorded(LocalDate.of(2027, 1, 15), 50, LocalDate.of(2027, 1, 4), null)));

        List<ProgressSnapshot> snapshots = ProgressReconstruction.snapshots(List.of(task), WEDNESDAY, WEDNESDAY);

        assertThat(percent(snapshots.get(0))).isCloseTo(50 * 7 / 12.0, within(1e-9));
        assertThat(percent(snapshots.get(1))).isEqualTo(50);
        assertThat(percent(snapshots.get(2))).isEqualTo(80);
    }

    @Test
    void aTaskWithoutRecordedHistoryIsEstimatedFromItsCurrentProgressBesideOneWithHistory() {
        var recorded = new ProgressReconstruction.Current("1", 60, LocalDate.of(2027, 1, 4), null, null, List.of(
                recorded(LocalDate.of(2027, 1, 8), 20, LocalDate.of(2027, 1, 4), null)));
        var imported = new ProgressReconstruction.Current("2", 40, LocalDate.of(2027, 1, 4), null, null);

        ProgressSnapshot tenth = ProgressReconstruction.snapshots(List.of(recorded, imported), WEDNESDAY, WEDNESDAY)
                .getFirst();

        assertThat(percentOf(tenth, "1")).isEqualTo(20);
        assertThat(percentOf(tenth, "2")).isCloseTo(40 * 7 / 17.0, within(1e-9));
    }

    @Test
    void theLastEntryRecordedForAStatusDateCountsAndAnEntryWithoutProgressOrStartIsNotStarted() {
        var corrected = new ProgressReconstruction.Current("1", 70, LocalDate.of(2027, 1, 4), null, null, List.of(
                recorded(LocalDate.of(2027, 1, 8), 35, LocalDate.of(2027, 1, 4), null),
                recorded(LocalDate.of(2027, 1, 8), 25, LocalDate.of(2027, 1, 4), null)));
        var reset = new ProgressReconstruction.Current("2", 10, LocalDate.of(2027, 1, 18), null, null, List.of(
                recorded(LocalDate.of(2027, 1, 5), 10, LocalDate.of(2027, 1, 5), null),
                recorded(LocalDate.of(2027, 1, 9), 0, null, null)));

        ProgressSnapshot tenth = ProgressReconstruction.snapshots(List.of(corrected, reset), WEDNESDAY, WEDNESDAY)
                .getFirst();

        assertThat(percentOf(tenth, "1")).isEqualTo(25);
        assertThat(tenth.activities()).extracting(ActivityProgress::activityId).containsExactly("1");
    }

    @Test
    void theUnitIsMoneyWhenAnyTaskHasCostElseWorkElseDuration() {
        assertThat(ProjectInputs.unit(List.of(task(0, 480, false), task(10, 0, false))))
                .isEqualTo(EarnedValueUnit.CURRENCY);
        assertThat(ProjectInputs.unit(List.of(task(0, 480, false), task(500, 0, true))))
                .as("a summary's cost is its children's").isEqualTo(EarnedValueUnit.WORK_HOURS);
        assertThat(ProjectInputs.unit(List.of(task(0, 0, false)))).isEqualTo(EarnedValueUnit.DURATION_HOURS);
    }

    private static BaselineTask task(double cost, long work, boolean summary) {
        LocalDateTime start = LocalDateTime.of(2027, 1, 4, 8, 0);
        return new BaselineTask(TaskId.of(1), start, start.plusHours(9), 480, work, BigDecimal.valueOf(cost), false,
                summary);
    }

    private static ProgressReconstruction.Recorded recorded(LocalDate statusDate, double percent, LocalDate start,
            LocalDate finish) {
        return new ProgressReconstruction.Recorded(statusDate, percent, start, finish);
    }

    private static double percentOf(ProgressSnapshot snapshot, String activityId) {
        return snapshot.activities().stream().filter(a -> a.activityId().equals(activityId))
                .mapToDouble(ActivityProgress::percentComplete).findFirst().orElseThrow();
    }

    private static double percent(ProgressSnapshot snapshot) {
        return snapshot.activities().stream().mapToDouble(ActivityProgress::percentComplete).max().orElse(0);
    }
}
