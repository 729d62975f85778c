package org.sextant.engine.schedule;

/** How a lag's value is measured. */
public enum LagUnit {
    /** Working minutes in the lag calendar (see {@link LagCalendar}). */
    WORKING_MINUTES,
    /** Calendar minutes, ignoring working time (MS Project's elapsed units). */
    ELAPSED_MINUTES,
    /** Percent of the predecessor's duration, as working minutes in the lag calendar. */
    PERCENT_OF_PREDECESSOR
}
