package org.sextant.earnedvalue.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.sextant.engine.evm.ActivityProgress;
import org.sextant.engine.evm.ProgressSnapshot;

/**
 * The progress history the EV curve is drawn from: each task's recorded progress history (the baseline
 * module's {@code ProgressHistory}), with a linear estimate where nothing was recorded (ADR 0014).
 *
 * <p>The current progress is the snapshot at the progress date (the project's status date), so the EV
 * there is exactly what was reported. For every Sunday before it back to the earliest actual start (and
 * a requested status date before the progress date), each task's percent complete is:
 * <ol>
 * <li><b>recorded</b>: the entry of its history with the latest status date on or before that day (the
 * last recorded among entries of the same status date) — its percent complete, and whether it had
 * started; a task whose entry has neither progress nor an actual start counts as not started;</li>
 * <li><b>estimated</b> when it has no entry on or before that day (progress that predates the history
 * table, or came in with an import): linear towards the first known state after the day — its first
 * history entry after the day, else its current progress at the progress date. 0 before its actual
 * start; that state's percent from its actual finish on; in between, that percent scaled by the
 * calendar days elapsed since the actual start over the days from the actual start to the actual
 * finish or the state's date, whichever is earlier. A task never recorded is thus estimated exactly as
 * before the history existed; a task with progress but no actual start appears from its first
 * recorded entry on (or only in the current snapshot).</li>
 * </ol>
 *
 * <p>Complexity {@code O(w × (n + h))} for {@code w} weeks between the first actual start and the
 * progress date, {@code n} tasks and {@code h} history entries.
 */
final class ProgressReconstruction {

    /** One recorded state of a task's progress, as of a status date. */
    record Recorded(LocalDate statusDate, double percentComplete, LocalDate actualStart, LocalDate actualFinish) {
    }

    /**
     * A task's progress as stored now, and its recorded history ordered by status date, then recording.
     */
    record Current(String activityId, double percentComplete, LocalDate actualStart, LocalDate actualFinish,
            Double estimateToComplete, List<Recorded> history) {

        Current {
            history = history == null ? List.of() : List.copyOf(history);
        }

        /** A task without recorded history. */
        Current(String activityId, double percentComplete, LocalDate actualStart, LocalDate actualFinish,
                Double estimateToComplete) {
            this(activityId, percentComplete, actualStart, actualFinish, estimateToComplete, List.of());
        }
    }

    private ProgressReconstruction() {
    }

    /**
     * The weekly snapshots, one at {@code statusDate} when it falls between them, and the current one at
     * {@code progressDate}.
     */
    static List<ProgressSnapshot> snapshots(List<Current> tasks, LocalDate progressDate, LocalDate statusDate) {
        List<ProgressSnapshot> snapshots = new ArrayList<>();
        LocalDate first = null;
        for (Current t : tasks) {
            first = earlier(first, t.actualStart(), progressDate);
            for (Recorded r : t.history()) {
                first = earlier(first, r.actualStart(), progressDate);
                if (r.percentComplete() > 0) {
                    first = earlier(first, r.statusDate(), progressDate);
                }
            }
        }
        if (first != null) {
            LocalDate sunday = first.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
            for (LocalDate day = sunday; day.isBefore(progressDate); day = day.plusWeeks(1)) {
                snapshots.add(asOf(tasks, day, progressDate));
            }
            if (statusDate.isBefore(progressDate) && !statusDate.isBefore(first)
                    && statusDate.getDayOfWeek() != DayOfWeek.SUNDAY) {
                snapshots.add(asOf(tasks, statusDate, progressDate));
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

    private static LocalDate earlier(LocalDate first, LocalDate candidate, LocalDate progressDate) {
        if (candidate == null || candidate.isAfter(progressDate)) {
            return first;
        }
        return first == null || candidate.isBefore(first) ? candidate : first;
    }

    private static ProgressSnapshot asOf(List<Current> tasks, LocalDate day, LocalDate progressDate) {
        List<ActivityProgress> progress = new ArrayList<>();
        for (Current t : tasks) {
            Recorded recorded = null;
            Recorded next = null;
            for (Recorded r : t.history()) {
                if (!r.statusDate().isAfter(day)) {
                    if (recorded == null || !r.statusDate().isBefore(recorded.statusDate())) {
                        recorded = r;
                    }
                } else if (next == null || r.statusDate().isBefore(next.statusDate())) {
                    next = r;
                }
            }
            if (recorded != null) {
                if (recorded.percentComplete() > 0 || recorded.actualStart() != null) {
                    progress.add(progress(t, recorded.percentComplete(), false));
                }
                continue;
            }
            Recorded known = next != null && next.statusDate().isBefore(progressDate) ? next
                    : new Recorded(progressDate, t.percentComplete(), t.actualStart(), t.actualFinish());
            Double percent = estimated(known, t.actualStart(), day);
            if (percent != null) {
                progress.add(progress(t, percent, false));
            }
        }
        return new ProgressSnapshot(day, progress);
    }

    /** The linear estimate on {@code day} towards a known later state; null when not started then. */
    private static Double estimated(Recorded known, LocalDate currentStart, LocalDate day) {
        LocalDate start = known.actualStart() != null ? known.actualStart() : currentStart;
        if (start == null || start.isAfter(day)) {
            return null;
        }
        if (known.actualFinish() != null && !known.actualFinish().isAfter(day)) {
            return known.percentComplete();
        }
        LocalDate end = known.actualFinish() != null && known.actualFinish().isBefore(known.statusDate())
                ? known.actualFinish() : known.statusDate();
        long span = ChronoUnit.DAYS.between(start, end) + 1;
        long elapsed = ChronoUnit.DAYS.between(start, day) + 1;
        return known.percentComplete() * Math.min(1.0, elapsed / (double) Math.max(1, span));
    }

    private static ActivityProgress progress(Current t, double percent, boolean withEstimate) {
        return new ActivityProgress(t.activityId(), true, Math.max(0, Math.min(100, percent)),
                withEstimate && t.estimateToComplete() != null
                        ? OptionalDouble.of(t.estimateToComplete()) : OptionalDouble.empty());
    }
}
