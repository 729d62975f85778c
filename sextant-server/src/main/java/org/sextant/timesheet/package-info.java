/**
 * Timesheets: each user's weekly hours on the tasks they are assigned to, submitted to and approved or
 * rejected (with a reason) by the project manager, then locked. Approved hours become the assignment's
 * actual work and, priced by the cost module, actual cost. Other modules read approved time through
 * {@link org.sextant.timesheet.ApprovedTime}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Timesheets")
package org.sextant.timesheet;
