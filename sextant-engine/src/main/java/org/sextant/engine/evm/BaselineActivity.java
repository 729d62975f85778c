package org.sextant.engine.evm;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One activity of a project's baseline (the performance measurement baseline).
 *
 * @param id the activity's identifier, unique in its project
 * @param start baseline start
 * @param finish baseline finish, not before the start (equal for a milestone)
 * @param budget budget at completion of the activity, finite and not negative
 * @param distribution how the budget is spread over the baseline working time
 * @param rule how progress earns the budget
 */
public record BaselineActivity(String id, LocalDateTime start, LocalDateTime finish, double budget,
        Distribution distribution, EarnedValueRule rule) {

    public BaselineActivity {
        Objects.requireNonNull(id, "id");
        if (start == null || finish == null) {
            throw new EarnedValueInputException(null, id, "baseline start and finish are required");
        }
        if (finish.isBefore(start)) {
            throw new EarnedValueInputException(null, id, "baseline finish " + finish + " is before its start " + start);
        }
        if (!(budget >= 0) || Double.isInfinite(budget)) {
            throw new EarnedValueInputException(null, id, "budget must be a finite amount of at least 0, got " + budget);
        }
        Objects.requireNonNull(distribution, "distribution");
        Objects.requireNonNull(rule, "rule");
    }

    /** An activity spread linearly and earned by physical percent complete. */
    public BaselineActivity(String id, LocalDateTime start, LocalDateTime finish, double budget) {
        this(id, start, finish, budget, Distribution.LINEAR, EarnedValueRule.PHYSICAL_PERCENT_COMPLETE);
    }
}
