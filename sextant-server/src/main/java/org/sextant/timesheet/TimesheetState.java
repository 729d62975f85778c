package org.sextant.timesheet;

/**
 * Where the hours of a timesheet part (one project's hours of one week) stand. A whole timesheet
 * shows the state that asks for attention first: rejected, then draft, then submitted; approved only
 * when every part is.
 */
public enum TimesheetState {
    /** Being filled in by its owner; not yet sent. */
    DRAFT,
    /** Sent to the project manager; locked until they decide. */
    SUBMITTED,
    /** Accepted by the project manager: locked for good, counted as actual work. */
    APPROVED,
    /** Sent back with a reason: the owner corrects and submits again. */
    REJECTED;

    /** Whether the owner may change the hours. */
    public boolean editable() {
        return this == DRAFT || this == REJECTED;
    }
}
