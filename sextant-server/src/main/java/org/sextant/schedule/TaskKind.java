package org.sextant.schedule;

/** What a WBS element is. */
public enum TaskKind {
    /** Groups other tasks; its dates roll up from its children. */
    SUMMARY,
    /** Work with a duration. */
    TASK,
    /** A point in time (zero duration). */
    MILESTONE
}
