package org.sextant.interchange.schedule;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sextant.engine.schedule.Activity;
import org.sextant.engine.schedule.ConstraintType;
import org.sextant.engine.schedule.Link;
import org.sextant.engine.schedule.LinkType;
import org.sextant.engine.schedule.ScheduleInput;

/**
 * A file read for scheduling: the engine input, the stored dates of the tasks that can be compared,
 * and which tool wrote it.
 */
public record ImportedSchedule(ScheduleInput input, List<StoredDates> stored, SourceTool tool) {

    /** The tool whose scheduling rules the file follows. */
    public enum SourceTool {
        MICROSOFT_PROJECT,
        PRIMAVERA
    }

    public ImportedSchedule {
        stored = List.copyOf(stored);
    }

    /**
     * Why the stored dates of an MS Project file are provably not MS Project's calculated result, if
     * they are not: a task that has not started, is scheduled automatically and has no constraint that
     * may override its links (ASAP, ALAP, SNET, FNET) starts before the stored finish of a
     * finish-to-start predecessor without lead. MS Project never stores such dates after it calculated
     * the schedule (a file written by another tool without recalculation does). Such a file cannot be
     * matched by anything that computes a schedule, so its tasks are reported apart from the parity rate.
     */
    public Optional<String> notCalculatedReason() {
        if (tool != SourceTool.MICROSOFT_PROJECT) {
            return Optional.empty();
        }
        Map<String, StoredDates> byId = new HashMap<>();
        stored.forEach(s -> byId.put(s.id(), s));
        Map<String, Activity> activities = new HashMap<>();
        input.activities().forEach(a -> activities.put(a.id(), a));
        for (Link link : input.links()) {
            if (link.type() != LinkType.FINISH_TO_START || link.lag().value() < 0) {
                continue;
            }
            StoredDates predecessor = byId.get(link.predecessorId());
            StoredDates successor = byId.get(link.successorId());
            Activity activity = activities.get(link.successorId());
            if (predecessor == null || successor == null || activity == null || successor.summary()
                    || predecessor.summary() || activity.progress().started()
                    || !linksWin(activity.constraint().type())) {
                continue;
            }
            LocalDateTime start = successor.start();
            LocalDateTime finish = predecessor.finish();
            if (start != null && finish != null && start.isBefore(finish)) {
                return Optional.of("stored dates never calculated by MS Project: '" + successor.name() + "' ("
                        + successor.id() + ") starts " + start + ", before its finish-to-start predecessor '"
                        + predecessor.name() + "' (" + predecessor.id() + ") finishes " + finish);
            }
        }
        return Optional.empty();
    }

    private static boolean linksWin(ConstraintType type) {
        return type == ConstraintType.AS_SOON_AS_POSSIBLE || type == ConstraintType.AS_LATE_AS_POSSIBLE
                || type == ConstraintType.START_NO_EARLIER_THAN || type == ConstraintType.FINISH_NO_EARLIER_THAN;
    }
}
