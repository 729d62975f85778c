package org.sextant.engine.schedule;

/** How an activity's duration is measured. */
public enum DurationType {
    /** Working minutes in the activity's calendar. */
    WORKING,
    /** Calendar minutes (MS Project's elapsed days, Primavera's 24-hour activities). */
    ELAPSED
}
