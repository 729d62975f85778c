package org.sextant.interchange.model;

import java.math.BigDecimal;

/**
 * A resource.
 *
 * @param key         id in the file
 * @param name        name
 * @param email       e-mail, if any
 * @param kind        work (people), material or cost
 * @param costPerHour standard rate per hour
 * @param maxUnits    capacity, 1.0 = one full-time person
 * @param calendarKey own calendar, if any
 */
public record ResourceData(String key, String name, String email, Kind kind, BigDecimal costPerHour,
        BigDecimal maxUnits, String calendarKey) {

    public enum Kind { WORK, MATERIAL, COST }
}
