package org.sextant.timesheet;

import java.time.LocalDate;
import java.util.List;
import org.sextant.platform.PageRequest;
import org.sextant.platform.PageResult;

/**
 * The signed-in user's weekly timesheets. A user has at most one per week (starting Monday); its rows
 * are tasks the user's resource is assigned to. Saving and submitting are the owner's; reading is the
 * owner's, the PMO's, an administrator's and the manager of a project the week has hours on. Every
 * write is audited.
 */
public interface Timesheets {

    /** The Monday of the week containing {@code day}. */
    static LocalDate weekOf(LocalDate day) {
        return day.minusDays(day.getDayOfWeek().getValue() - 1L);
    }

    /**
     * The caller's timesheet of the week containing {@code day}; a week never saved comes back with
     * version 0, no id and the caller's tasks planned in it as empty rows.
     */
    Timesheet mine(LocalDate day);

    /** The caller's saved timesheets, newest week first. */
    PageResult<Timesheet> mine(PageRequest page);

    /** A timesheet by id, for its owner and its approvers. */
    Timesheet get(TimesheetId id);

    /**
     * Replaces the editable rows of the caller's week (creating the timesheet on the first save, with
     * {@code expectedVersion} 0). Rows without hours and comment are dropped. Rows of submitted or
     * approved projects may be left out (they stay) or sent unchanged; changing them is refused.
     * Every broken hours rule is reported at once ({@link InvalidHours}).
     */
    Timesheet save(LocalDate day, long expectedVersion, List<Timesheet.RowDraft> rows);

    /** Submits every draft or rejected part of the caller's timesheet to its project's manager. */
    Timesheet submit(TimesheetId id, long expectedVersion);
}
