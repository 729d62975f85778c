package org.sextant.report;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** How often a project reports; a report covers the period ending on its status date. */
public enum ReportPeriod {
    WEEKLY, MONTHLY;

    /** The end of the period after the one ending {@code end}: a week later, or the next month's last day. */
    public LocalDate next(LocalDate end) {
        return switch (this) {
            case WEEKLY -> end.plusWeeks(1);
            case MONTHLY -> end.plusMonths(1).with(TemporalAdjusters.lastDayOfMonth());
        };
    }

    /** The first day of the period ending {@code end}. */
    public LocalDate start(LocalDate end) {
        return switch (this) {
            case WEEKLY -> end.minusDays(6);
            case MONTHLY -> end.minusMonths(1).plusDays(1);
        };
    }
}
