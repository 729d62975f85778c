/**
 * Timesheets: each user's weekly hours on the tasks they are assigned to ({@link
 * org.sextant.timesheet.Timesheets}), grouped per project into parts that are submitted to and approved
 * or rejected (with a reason) by that project's manager ({@link org.sextant.timesheet.TimesheetApprovals},
 * ADR 0012). Approved parts are locked; their hours become the assignments' actual work in the approval
 * transaction and, priced by the cost module, actual cost. Other modules read approved time through
 * {@link org.sextant.timesheet.ApprovedTime}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Timesheets")
package org.sextant.timesheet;
