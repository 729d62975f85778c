package org.sextant.engine.evm;

import java.util.List;
import java.util.Objects;

/**
 * One project's earned value input.
 *
 * @param name the project's name, used in results and error messages
 * @param currency ISO 4217 code of every amount of the project
 * @param calendarId the working-time calendar over which budgets are spread
 * @param activities the baseline; activity ids unique
 * @param progress progress reports, in any order; the latest at or before the status date is current
 * @param actuals actual costs; those dated after the status date are not yet counted
 */
public record EarnedValueProject(String name, String currency, String calendarId, List<BaselineActivity> activities,
        List<ProgressSnapshot> progress, List<ActualCost> actuals) {

    public EarnedValueProject {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(calendarId, "calendarId");
        activities = List.copyOf(activities);
        progress = List.copyOf(progress);
        actuals = List.copyOf(actuals);
    }
}
