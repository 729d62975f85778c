package org.sextant.timesheet;

import org.sextant.platform.PageRequest;
import org.sextant.platform.PageResult;

/**
 * Deciding on submitted hours, one project's part of a week at a time (ADR 0012). The manager of the
 * part's project decides; PMO and administrators may decide on any part. Nobody decides on their own
 * timesheet. Approving locks the part for good and adds its hours to the assignments' actual work in
 * the same transaction; rejecting needs a reason and returns the part to its owner.
 */
public interface TimesheetApprovals {

    /** Submitted parts awaiting the caller, oldest submission first. */
    PageResult<TimesheetPart> awaiting(PageRequest page);

    /** A part, for its owner and its approvers. */
    TimesheetPart get(TimesheetPartId id);

    TimesheetPart approve(TimesheetPartId id, long expectedVersion);

    TimesheetPart reject(TimesheetPartId id, long expectedVersion, String reason);
}
