package org.sextant.engine.schedule;

/** Which calendar measures working lags (Primavera's "calendar for scheduling relationship lag"). */
public enum LagCalendar {
    /** The predecessor's calendar (Primavera's default). */
    PREDECESSOR,
    /** The successor's calendar (MS Project). */
    SUCCESSOR,
    /** Every minute counts. */
    TWENTY_FOUR_HOUR,
    /** The calendar of the successor's project. */
    PROJECT_DEFAULT
}
