/** The timesheet pages: the signed-in user's week grid and the managers' approval queue. */
package org.sextant.timesheet.web;
