/** REST endpoints of timesheets and their approval under {@code /api/v1}. */
package org.sextant.timesheet.api;
