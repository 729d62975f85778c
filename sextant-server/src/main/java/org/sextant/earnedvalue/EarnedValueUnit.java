package org.sextant.earnedvalue;

/**
 * What a project's earned value is measured in. Money when its baseline holds costs; otherwise the
 * baseline's work hours; otherwise, for a plan without resources, its working hours of duration.
 */
public enum EarnedValueUnit {
    /** The project's currency: budgets are the baseline costs, AC the actual costs. */
    CURRENCY,
    /** Hours of work: budgets are the baseline work, AC the approved timesheet hours. */
    WORK_HOURS,
    /** Working hours of duration: budgets are the baseline durations; there are no actuals in this unit. */
    DURATION_HOURS;

    /** The label shown next to amounts: the currency code, or "h". */
    public String label(String currency) {
        return this == CURRENCY ? currency : "h";
    }
}
