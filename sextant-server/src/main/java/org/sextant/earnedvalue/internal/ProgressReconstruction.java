package org.sextant.earnedvalue.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.sextant.engine.evm.ActivityProgress;
import org.sextant.engine.evm.ProgressSnapshot;

/**
 * The progress history the EV curve is drawn from, reconstructed from each task's current progress
 * and actual dates (the server keeps the current progress per task; see ADR 0014).
 *
 * <p>The current progress is the snapshot at the progress date (the project's status date). For every
 * Sunday before it back to the earliest actual start, each task's percent complete is estimated as:
 * 0 before its actual start; its current percent from its actual finish on; in between, its current
 * percent scaled linearly by the calendar days elapsed since the actual start over the days from the
 * actual start to its actual finish (or to the progress date while unfinished). A task with progress
 * but no actual start appears only in the current snapshot. So a project reported once still gets a
 * plausible EV curve, and the EV at the progress date is exactly what was reported.
 *
 * <p>Complexity {@code O(w × n)} for {@code w} weeks between the first actual start and the progress
 * date and {@code n} tasks. An extra snapshot at the status date, when that is earlier than the
 * progress date, makes the EV at a past status date as exact as the estimate allows.
 */
final class ProgressReconstruction {

    /** A task's progress as stored now. */
    record Current(String activityId, double percentComplete, LocalDate actualStart, LocalDate actualFinish,
            Double estimateToComplete) {
    }

    private ProgressReconstruction() {
    }

    /**
     * The reconstructed weekly snapshots, one at {@code statusDate} when it falls between them, and the
     * current one at {@code progressDate}.
     */
    static List<ProgressSnapshot> snapshots(List<Current> tasks, LocalDate progressDate, LocalDate statusDate) {
        List<ProgressSnapshot> snapshots = new ArrayList<>();
        LocalDate first = null;
        for (Current t : tasks) {
            if (t.actualStart() != null && !t.actualStart().isAfter(progressDate)
                    && (first == null || t.actualStart().isBefore(first))) {
                first = t.actualStart();
            }
        }
        if (first != null) {
            LocalDate sunday = first.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
            for (LocalDate day = sunday; day.isBefore(progressDate); day = day.plusWeeks(1)) {
                snapshots.add(estimated(tasks, day, progressDate));
            }
            if (statusDate.isBefore(progressDate) && !statusDate.isBefore(first)
                    && statusDate.getDayOfWeek() != DayOfWeek.SUNDAY) {
                snapshots.add(estimated(tasks, statusDate, progressDate));
            }
        }
        List<ActivityProgress> now = new ArrayList<>();
        for (Current t : tasks) {
            if (t.percentComplete() > 0 || t.actualStart() != null) {
                now.add(progress(t, t.percentComplete(), true));
            }
        }
        snapshots.add(new ProgressSnapshot(progressDate, now));
        return snapshots;
    }

    private static ProgressSnapshot estimated(List<Current> tasks, LocalDate day, LocalDate progressDate) {
        List<ActivityProgress> progress = new ArrayList<>();
        for (Current t : tasks) {
            if (t.actualStart() == null || t.actualStart().isAfter(day)) {
                continue;
            }
            double percent;
            if (t.actualFinish() != null && !t.actualFinish().isAfter(day)) {
                percent = t.percentComplete();
            } else {
                LocalDate end = t.actualFinish() != null && t.actualFinish().isBefore(progressDate)
                        ? t.actualFinish() : progressDate;
                long span = ChronoUnit.DAYS.between(t.actualStart(), end) + 1;
                long elapsed = ChronoUnit.DAYS.between(t.actualStart(), day) + 1;
                percent = t.percentComplete() * Math.min(1.0, elapsed / (double) span);
            }
            progress.add(progress(t, percent, false));
        }
        return new ProgressSnapshot(day, progress);
    }

    private static ActivityProgress progress(Current t, double percent, boolean withEstimate) {
        return new ActivityProgress(t.activityId(), true, Math.max(0, Math.min(100, percent)),
                withEstimate && t.estimateToComplete() != null
                        ? java.util.OptionalDouble.of(t.estimateToComplete()) : java.util.OptionalDouble.empty());
    }
}
