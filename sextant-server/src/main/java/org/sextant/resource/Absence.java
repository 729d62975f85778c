package org.sextant.resource;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A resource away from work (vacation, training, sickness) over {@code start..finish} (inclusive): whole
 * days when {@code hours} is null, otherwise that many hours off each working day of the range. Capacity
 * planning and leveling take it off the resource's working time.
 *
 * @param id         identity
 * @param version    optimistic-lock version
 * @param resourceId the resource
 * @param start      first day
 * @param finish     last day
 * @param hours      hours off per working day, null for whole days
 * @param reason     free text, e.g. "Vacation"
 */
public record Absence(long id, long version, ResourceId resourceId, LocalDate start, LocalDate finish, BigDecimal hours,
        String reason) {

    /** Minutes off on a day with {@code workingMinutes} of working time. */
    public int minutesOff(int workingMinutes) {
        if (hours == null) {
            return workingMinutes;
        }
        return Math.min(workingMinutes, hours.multiply(BigDecimal.valueOf(60)).intValue());
    }

    /** Whether {@code day} is in the absence. */
    public boolean covers(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(finish);
    }

    /** The fields a client sets. */
    public record Draft(LocalDate start, LocalDate finish, BigDecimal hours, String reason) {
    }
}
