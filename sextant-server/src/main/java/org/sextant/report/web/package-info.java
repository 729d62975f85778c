/** UI of status reports (list, edit, submit, view, PDF) and the PMO's health thresholds page. */
package org.sextant.report.web;
