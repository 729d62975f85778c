package org.sextant.timesheet;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.sextant.identity.UserId;

/**
 * One project's part of someone's timesheet, as its approver sees it: whose week, which project, the
 * hours per task and day, and where it stands.
 *
 * @param timesheetId the timesheet it belongs to
 * @param weekStart   the Monday of the week
 * @param userId      the owner
 * @param userName    the owner's display name
 * @param part        the project, state, version and decision
 * @param rows        the project's rows of the week
 * @param dayTotals   hours per day on the project, Monday first
 */
public record TimesheetPart(TimesheetId timesheetId, LocalDate weekStart, UserId userId, String userName,
        Timesheet.Part part, List<Timesheet.Row> rows, List<BigDecimal> dayTotals) {

    public TimesheetPart {
        rows = List.copyOf(rows);
        dayTotals = List.copyOf(dayTotals);
    }

    /** The seven days of the week, Monday first. */
    public List<LocalDate> days() {
        return weekStart.datesUntil(weekStart.plusDays(Timesheet.DAYS)).toList();
    }
}
