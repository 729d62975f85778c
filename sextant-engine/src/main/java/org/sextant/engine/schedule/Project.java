package org.sextant.engine.schedule;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One project of a network: activities without predecessors start at {@code start}; progress is
 * measured at {@code statusDate} (Primavera's data date, may be null); {@code calendarId} is the
 * default calendar of its activities; {@code mustFinishBy} (may be null) bounds the late dates.
 */
public record Project(String id, LocalDateTime start, LocalDateTime statusDate, String calendarId,
        LocalDateTime mustFinishBy) {

    public Project {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(calendarId, "calendarId");
    }

    /** A project without status date or finish bound. */
    public static Project of(String id, LocalDateTime start, String calendarId) {
        return new Project(id, start, null, calendarId, null);
    }
}
