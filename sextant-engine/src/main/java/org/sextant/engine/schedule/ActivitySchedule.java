package org.sextant.engine.schedule;

import java.time.LocalDateTime;
import java.util.List;

/**
 * The scheduled dates of one activity. {@code start}/{@code finish} are where the activity is
 * planned (actual dates when progressed, late dates for ALAP, otherwise early dates). Floats are in
 * working minutes of the activity's calendar; negative total float reports a conflict.
 */
public record ActivitySchedule(String id, LocalDateTime start, LocalDateTime finish, LocalDateTime earlyStart,
        LocalDateTime earlyFinish, LocalDateTime lateStart, LocalDateTime lateFinish, long totalFloatMinutes,
        long freeFloatMinutes, boolean critical, boolean summary, List<String> drivingPredecessors) {
}
