package org.sextant.cost.internal;

import java.math.BigDecimal;
import org.sextant.platform.BusinessRuleException;

/** Checks shared by budget lines, expenses and rates; each refusal names the field. */
final class CostRules {

    /** numeric(18, 2) */
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("9999999999999999.99");
    /** numeric(12, 2) */
    static final BigDecimal MAX_RATE = new BigDecimal("9999999999.99");
    static final int MAX_DESCRIPTION = 500;

    private CostRules() {
    }

    static void required(Object value, String field, String message) {
        if (value == null) {
            throw BusinessRuleException.invalid(field, message);
        }
    }

    /** An amount in cents: present, not negative (or positive when {@code positive}), within the column. */
    static void amount(BigDecimal amount, String field, boolean positive, BigDecimal max) {
        required(amount, field, field + " is required");
        if (positive ? amount.signum() <= 0 : amount.signum() < 0) {
            throw BusinessRuleException.invalid(field, field + " must be " + (positive ? "more than 0" : "0 or more")
                    + ", was " + amount.toPlainString());
        }
        if (amount.compareTo(max) > 0) {
            throw BusinessRuleException.invalid(field, field + " must be at most " + max.toPlainString());
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw BusinessRuleException.invalid(field, field + " has at most 2 decimals (cents), was " + amount.toPlainString());
        }
    }

    static void amount(BigDecimal amount, String field, boolean positive) {
        amount(amount, field, positive, MAX_AMOUNT);
    }

    /** Blank → null; refused when longer than the column. */
    static String description(String description) {
        if (description == null || description.isBlank()) {
            return null;
        }
        String text = description.strip();
        if (text.length() > MAX_DESCRIPTION) {
            throw BusinessRuleException.invalid("description", "description has at most " + MAX_DESCRIPTION
                    + " characters, was " + text.length());
        }
        return text;
    }
}
