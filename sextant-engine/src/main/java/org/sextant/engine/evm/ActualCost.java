package org.sextant.engine.evm;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A cost incurred on one activity on one day (from timesheets × rates, expenses, invoices).
 *
 * @param activityId the activity charged
 * @param date the day the cost was incurred
 * @param amount the amount, finite and not negative (corrections are netted before)
 */
public record ActualCost(String activityId, LocalDate date, double amount) {

    public ActualCost {
        Objects.requireNonNull(activityId, "activityId");
        if (date == null) {
            throw new EarnedValueInputException(null, activityId, "actual cost of " + amount + " has no date");
        }
        if (Double.isNaN(amount)) {
            throw new EarnedValueInputException(null, activityId, "actual cost on " + date + " has no amount");
        }
        if (amount < 0 || Double.isInfinite(amount)) {
            throw new EarnedValueInputException(null, activityId,
                    "actual cost on " + date + " must be a finite amount of at least 0, got " + amount);
        }
    }
}
