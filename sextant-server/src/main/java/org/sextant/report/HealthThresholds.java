package org.sextant.report;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The PMO's limits for suggesting health, one set for the whole organisation. Indices (SPI, CPI) are
 * amber below their amber limit and red below their red limit; counts, days and percentages are amber
 * at or above their amber limit and red at or above their red limit.
 *
 * @param version             optimistic-lock version
 * @param spiAmber            SPI below this is amber, e.g. 0.95
 * @param spiRed              SPI below this is red, e.g. 0.85
 * @param cpiAmber            CPI below this is amber
 * @param cpiRed              CPI below this is red
 * @param slipAmberDays       working days the worst milestone finishes after its baseline 0 finish: amber
 * @param slipRedDays         ... red
 * @param overdueUnit         whether overdue limits count tasks or are a percentage of open tasks
 * @param overdueAmber        overdue tasks (count or percent) at which schedule is amber
 * @param overdueRed          ... red
 * @param scopeAmberPercent   tasks added or removed since baseline 0, as a percentage of its tasks: amber
 * @param scopeRedPercent     ... red
 * @param updatedAt           when last changed
 * @param updatedBy           who changed them (login name)
 */
public record HealthThresholds(long version, BigDecimal spiAmber, BigDecimal spiRed, BigDecimal cpiAmber,
        BigDecimal cpiRed, int slipAmberDays, int slipRedDays, OverdueUnit overdueUnit, int overdueAmber,
        int overdueRed, int scopeAmberPercent, int scopeRedPercent, Instant updatedAt, String updatedBy) {

    /** How overdue-task limits are expressed. */
    public enum OverdueUnit { COUNT, PERCENT }

    /** The fields the PMO sets. */
    public record Draft(BigDecimal spiAmber, BigDecimal spiRed, BigDecimal cpiAmber, BigDecimal cpiRed,
            int slipAmberDays, int slipRedDays, OverdueUnit overdueUnit, int overdueAmber, int overdueRed,
            int scopeAmberPercent, int scopeRedPercent) {
    }

    public Draft draft() {
        return new Draft(spiAmber, spiRed, cpiAmber, cpiRed, slipAmberDays, slipRedDays, overdueUnit, overdueAmber,
                overdueRed, scopeAmberPercent, scopeRedPercent);
    }
}
