/**
 * JDBC implementation of timesheets: the week's rows and entries, their checks ({@link
 * org.sextant.timesheet.internal.RowCheck}, {@link org.sextant.timesheet.internal.HoursRules}), the
 * approval workflow per project part, approved time for cost and earned value, and the demo weeks.
 */
package org.sextant.timesheet.internal;
