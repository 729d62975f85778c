package org.sextant.earnedvalue;

import java.time.LocalDate;
import org.sextant.engine.evm.EacMethod;
import org.sextant.engine.evm.EarnedValueRule;
import org.sextant.engine.evm.PeriodUnit;
import org.sextant.platform.BusinessRuleException;

/**
 * How to compute earned value; every null takes its default.
 *
 * @param statusDate as of the end of this day; default the project's status date, else today (a roll-up: the
 *                   latest status date of its projects, else today)
 * @param baseline   the baseline number (0–10) PV is measured against; default 0
 * @param eacMethod  the forecast reported as the EAC; default {@link EacMethod#CPI} (every method is reported too)
 * @param period     the S-curve's period; default weeks for a baseline of up to 26 weeks, months beyond
 * @param rule       how progress earns a task's budget; default physical percent complete
 */
public record EarnedValueRequest(LocalDate statusDate, Integer baseline, EacMethod eacMethod, PeriodUnit period,
        EarnedValueRule rule) {

    /**
     * A request from query parameters, each optional: {@code eac} CPI, CPI_SPI (or CPI_TIMES_SPI),
     * BOTTOM_UP or BUDGET_RATE; {@code period} week or month; {@code rule} PHYSICAL_PERCENT_COMPLETE,
     * FIFTY_FIFTY or ZERO_HUNDRED. An unknown value is refused (422) naming the parameter and the choices.
     */
    public static EarnedValueRequest parse(LocalDate statusDate, Integer baseline, String eac, String period,
            String rule) {
        return new EarnedValueRequest(statusDate, baseline, eacMethod(eac), periodUnit(period), rule(rule));
    }

    private static EacMethod eacMethod(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim().toUpperCase(java.util.Locale.ROOT);
        if (v.equals("CPI_SPI") || v.equals("CPIXSPI")) {
            return EacMethod.CPI_TIMES_SPI;
        }
        try {
            return EacMethod.valueOf(v);
        } catch (IllegalArgumentException e) {
            throw BusinessRuleException.invalid("eac", "eac must be CPI, CPI_SPI, BOTTOM_UP or BUDGET_RATE, was " + value);
        }
    }

    private static PeriodUnit periodUnit(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "week" -> PeriodUnit.WEEK;
            case "month" -> PeriodUnit.MONTH;
            default -> throw BusinessRuleException.invalid("period", "period must be week or month, was " + value);
        };
    }

    private static EarnedValueRule rule(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return EarnedValueRule.valueOf(value.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw BusinessRuleException.invalid("rule",
                    "rule must be PHYSICAL_PERCENT_COMPLETE, FIFTY_FIFTY or ZERO_HUNDRED, was " + value);
        }
    }

    public static EarnedValueRequest defaults() {
        return new EarnedValueRequest(null, null, null, null, null);
    }

    public static EarnedValueRequest asOf(LocalDate statusDate) {
        return new EarnedValueRequest(statusDate, null, null, null, null);
    }

    public int baselineOrDefault() {
        return baseline == null ? 0 : baseline;
    }

    public EacMethod eacMethodOrDefault() {
        return eacMethod == null ? EacMethod.CPI : eacMethod;
    }

    public EarnedValueRule ruleOrDefault() {
        return rule == null ? EarnedValueRule.PHYSICAL_PERCENT_COMPLETE : rule;
    }
}
