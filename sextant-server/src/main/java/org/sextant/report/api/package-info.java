/** REST API of status reports and the PMO's health thresholds. */
package org.sextant.report.api;
