package org.sextant.engine.schedule;

/** How the remaining work of an activity that has started is scheduled (Primavera's setting). */
public enum ProgressMode {
    /** The remaining work still waits for unfinished predecessors. */
    RETAINED_LOGIC,
    /** Progress overrides logic: the remaining work continues from the status date regardless. */
    PROGRESS_OVERRIDE
}
