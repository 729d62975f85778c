package org.sextant.engine.evm;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** One project's earned value as of a status date, in the project's currency. */
public record ProjectEarnedValue(String project, String currency, LocalDate statusDate, EarnedValueMetrics metrics,
        SCurve sCurve, List<ActivityEarnedValue> activities) {

    public ProjectEarnedValue {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(metrics, "metrics");
        Objects.requireNonNull(sCurve, "sCurve");
        activities = List.copyOf(activities);
    }
}
