/**
 * Status reports: per project and period (weekly or monthly, ending on the status date) the health of
 * schedule, cost, scope, risk and the whole project as red, amber or green, each suggested from the
 * PMO's {@link org.sextant.report.HealthThresholds} (SPI, CPI, milestone slippage against baseline 0,
 * overdue tasks, tasks added or removed since the baseline) and overridable by the project manager with
 * a reason, plus the narrative (summary, accomplishments, next steps, help needed). A submitted report is
 * immutable, in the database too; the latest one per project shows on the portfolio page through
 * {@link org.sextant.project.ReportedHealth}, and each report exports to PDF. See ADR 0013.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Status reports")
package org.sextant.report;
