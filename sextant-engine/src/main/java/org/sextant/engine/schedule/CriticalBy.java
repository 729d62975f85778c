package org.sextant.engine.schedule;

/** How the critical flag is decided. */
public enum CriticalBy {
    /** Total float at or below {@link ScheduleOptions#criticalFloatMinutes()}. */
    TOTAL_FLOAT,
    /** On the longest path: the chain of driving links back from each project's last activity. */
    LONGEST_PATH
}
