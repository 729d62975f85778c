package org.sextant.interchange.schedule;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.mpxj.ProjectFile;
import org.mpxj.Task;
import org.mpxj.cpm.CpmException;
import org.mpxj.cpm.MicrosoftScheduler;
import org.mpxj.cpm.PrimaveraScheduler;
import org.sextant.engine.schedule.ActivitySchedule;
import org.sextant.engine.schedule.CriticalPathScheduler;
import org.sextant.engine.schedule.CycleDetected;
import org.sextant.engine.schedule.Schedule;
import org.sextant.engine.schedule.ScheduleResult;

/**
 * Compares computed dates with the dates the original tool stored in a file.
 *
 * <p>A task matches when its start and finish equal the stored ones to the minute (MS Project: the
 * scheduled Start and Finish; Primavera: Early Start and Early Finish of activities not started, the
 * actual start and the (early) finish of started ones). Late dates and total float are checked too
 * where stored, and reported as extra mismatches without affecting the parity figure. Tolerance: a file
 * whose stored starts and finishes are all at midnight keeps dates without times (MPX written with a
 * date-only format), so its dates are compared by day; stored seconds are truncated (the engine works
 * to the minute). Summary tasks
 * count for MS Project files; Primavera WBS nodes, level-of-effort, hammock, manually scheduled and
 * external tasks are not compared (the tool does not compute them by CPM). A file whose stored dates
 * break its own links was never calculated by the tool; its report says so ({@link Report#excluded()})
 * and rates leave it out.
 */
public final class ParityCheck {

    /** One differing field. */
    public record Mismatch(String id, String name, String field, Object expected, Object actual) {
    }

    /**
     * The result of a comparison; {@code excluded} (may be null) says why the file's stored dates are
     * provably not the tool's calculated result ({@link ImportedSchedule#notCalculatedReason()}), in
     * which case its tasks do not count towards a parity rate.
     */
    public record Report(int matched, int tasks, List<Mismatch> mismatches, String failure, String excluded) {

        public Report {
            mismatches = List.copyOf(mismatches);
        }

        /** A report of a file whose stored dates count. */
        public Report(int matched, int tasks, List<Mismatch> mismatches, String failure) {
            this(matched, tasks, mismatches, failure, null);
        }

        /** Matched tasks in percent (100 for a file without tasks). */
        public double percent() {
            return tasks == 0 ? 100.0 : 100.0 * matched / tasks;
        }

        /** The summary line. */
        public String line() {
            return String.format(java.util.Locale.ROOT, "parity: %d/%d tasks (%.1f%%)", matched, tasks, percent())
                    + (excluded == null ? "" : " [excluded from the rate: " + excluded + "]");
        }
    }

    /** Dates computed for one task by some scheduler. */
    private record Computed(LocalDateTime start, LocalDateTime finish, LocalDateTime lateStart,
            LocalDateTime lateFinish, Long totalFloat) {
    }

    private ParityCheck() {
    }

    /** Schedules with Sextant's engine and compares. */
    public static Report sextant(ImportedSchedule imported) {
        ScheduleResult result;
        try {
            result = new CriticalPathScheduler().schedule(imported.input());
        } catch (RuntimeException e) {
            return new Report(0, imported.stored().size(), List.of(), "Sextant failed: " + e.getMessage());
        }
        if (result instanceof CycleDetected cycle) {
            return new Report(0, imported.stored().size(), List.of(), "cycle: " + cycle.activityIds());
        }
        Schedule schedule = (Schedule) result;
        Map<String, Computed> computed = new HashMap<>();
        for (ActivitySchedule a : schedule.activities()) {
            computed.put(a.id(), new Computed(a.start(), a.finish(), a.lateStart(), a.lateFinish(), a.totalFloatMinutes()));
        }
        return compare(imported, computed, null);
    }

    /** Schedules with MPXJ's own scheduler (MicrosoftScheduler or PrimaveraScheduler) and compares. */
    public static Report mpxj(Path file) throws IOException {
        ProjectFile project = MpxjScheduleReader.readFile(file);
        ImportedSchedule imported = new MpxjScheduleReader().map(project);
        boolean primavera = imported.tool() == ImportedSchedule.SourceTool.PRIMAVERA;
        try {
            if (primavera) {
                LocalDateTime dataDate = project.getProjectProperties().getStatusDate();
                new PrimaveraScheduler().schedule(project, dataDate != null ? dataDate : imported.input().projects().get(0).start());
            } else {
                new MicrosoftScheduler().schedule(project, imported.input().projects().get(0).start());
            }
        } catch (CpmException | RuntimeException e) {
            return new Report(0, imported.stored().size(), List.of(), "MPXJ failed: " + e.getMessage());
        }
        Map<String, Computed> computed = new HashMap<>();
        for (Task task : project.getTasks()) {
            if (task.getUniqueID() == null) {
                continue;
            }
            LocalDateTime start = primavera && task.getActualStart() == null ? task.getEarlyStart() : task.getStart();
            LocalDateTime finish = primavera && task.getActualStart() == null ? task.getEarlyFinish() : task.getFinish();
            if (start == null) {
                start = task.getEarlyStart();
            }
            if (finish == null) {
                finish = task.getEarlyFinish();
            }
            computed.put(String.valueOf(task.getUniqueID()),
                    new Computed(start, finish, task.getLateStart(), task.getLateFinish(), null));
        }
        return compare(imported, computed, null);
    }

    /** Whether the file keeps dates without times (MPX files written with a date-only format). */
    private static boolean storesDatesOnly(ImportedSchedule imported) {
        boolean any = false;
        for (StoredDates stored : imported.stored()) {
            for (LocalDateTime date : new LocalDateTime[] {stored.start(), stored.finish()}) {
                if (date != null) {
                    any = true;
                    if (date.getHour() != 0 || date.getMinute() != 0) {
                        return false;
                    }
                }
            }
        }
        return any;
    }

    private static boolean same(LocalDateTime expected, LocalDateTime actual, boolean dateOnly) {
        if (actual == null) {
            return false;
        }
        return dateOnly ? expected.toLocalDate().equals(actual.toLocalDate())
                : expected.truncatedTo(ChronoUnit.MINUTES).equals(actual);
    }

    private static Report compare(ImportedSchedule imported, Map<String, Computed> computed, String failure) {
        boolean primavera = imported.tool() == ImportedSchedule.SourceTool.PRIMAVERA;
        boolean dateOnly = storesDatesOnly(imported);
        int matched = 0;
        List<Mismatch> mismatches = new ArrayList<>();
        for (StoredDates stored : imported.stored()) {
            Computed ours = computed.get(stored.id());
            LocalDateTime expectedStart = primavera && !stored.started() && stored.earlyStart() != null
                    ? stored.earlyStart() : stored.start();
            LocalDateTime expectedFinish = primavera && !stored.started() && stored.earlyFinish() != null
                    ? stored.earlyFinish() : stored.finish();
            if (ours == null) {
                mismatches.add(new Mismatch(stored.id(), stored.name(), "missing", expectedStart, null));
                continue;
            }
            boolean ok = true;
            if (expectedStart != null && !same(expectedStart, ours.start(), dateOnly)) {
                mismatches.add(new Mismatch(stored.id(), stored.name(), "start", expectedStart, ours.start()));
                ok = false;
            }
            if (expectedFinish != null && !same(expectedFinish, ours.finish(), dateOnly)) {
                mismatches.add(new Mismatch(stored.id(), stored.name(), "finish", expectedFinish, ours.finish()));
                ok = false;
            }
            if (ok) {
                matched++;
            }
            if (stored.lateStart() != null && ours.lateStart() != null && !stored.summary()
                    && !stored.lateStart().equals(ours.lateStart())) {
                mismatches.add(new Mismatch(stored.id(), stored.name(), "late start (info)", stored.lateStart(), ours.lateStart()));
            }
            if (stored.lateFinish() != null && ours.lateFinish() != null && !stored.summary()
                    && !stored.lateFinish().equals(ours.lateFinish())) {
                mismatches.add(new Mismatch(stored.id(), stored.name(), "late finish (info)", stored.lateFinish(), ours.lateFinish()));
            }
            if (stored.totalFloatMinutes() != null && ours.totalFloat() != null && !stored.summary()
                    && !Objects.equals(stored.totalFloatMinutes(), ours.totalFloat())) {
                mismatches.add(new Mismatch(stored.id(), stored.name(), "total float min (info)",
                        stored.totalFloatMinutes(), ours.totalFloat()));
            }
        }
        return new Report(matched, imported.stored().size(), mismatches, failure,
                imported.notCalculatedReason().orElse(null));
    }
}
