package org.sextant.timesheet.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.sextant.timesheet.TimesheetState;

/** A timesheet as its tables hold it: ids and minutes, no names. */
record Stored(long id, long version, long userId, long resourceId, LocalDate weekStart, List<Part> parts) {

    Stored {
        parts = List.copyOf(parts);
    }

    Optional<Part> part(long partId) {
        return parts.stream().filter(p -> p.id() == partId).findFirst();
    }

    Optional<Part> partOf(long projectId) {
        return parts.stream().filter(p -> p.projectId() == projectId).findFirst();
    }

    /** One project's part with its rows. */
    record Part(long id, long version, long projectId, TimesheetState state, Instant submittedAt, Instant decidedAt,
            String decidedBy, String reason, List<Row> rows) {

        Part {
            rows = List.copyOf(rows);
        }

        long minutes() {
            return rows.stream().mapToLong(Row::total).sum();
        }
    }

    /** One task's row: minutes per day, Monday first (seven values). */
    record Row(long taskId, int sortOrder, String comment, List<Integer> minutes) {

        Row {
            minutes = List.copyOf(minutes);
        }

        long total() {
            return minutes.stream().mapToLong(Integer::longValue).sum();
        }
    }
}
