package org.sextant.engine.schedule;

/** Where a zero-duration activity sits when working time is interrupted at its date. */
public enum MilestoneKind {
    /** MS Project: at the driving instant if working time ends there (Friday 17:00), else at the next start. */
    AUTO,
    /**
     * Primavera start milestone: early dates at the next start of working time (Monday 08:00), late
     * dates at the end of the previous working time (Friday 17:00).
     */
    START,
    /** Primavera finish milestone: early dates as {@link #AUTO}, late dates as {@link #START}. */
    FINISH
}
