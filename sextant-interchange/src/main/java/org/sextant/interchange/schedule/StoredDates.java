package org.sextant.interchange.schedule;

import java.time.LocalDateTime;

/**
 * The dates the original tool computed for one task, as stored in the file (any may be null).
 * {@code totalFloatMinutes} is null when not stored.
 */
public record StoredDates(String id, String name, boolean summary, LocalDateTime start, LocalDateTime finish,
        LocalDateTime earlyStart, LocalDateTime earlyFinish, LocalDateTime lateStart, LocalDateTime lateFinish,
        Long totalFloatMinutes, boolean started) {
}
