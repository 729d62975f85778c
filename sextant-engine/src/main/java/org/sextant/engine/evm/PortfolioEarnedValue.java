package org.sextant.engine.evm;

import java.util.List;
import java.util.Objects;

/**
 * A roll-up: the sums of the projects' amounts and curves in {@code currency}, every index and forecast
 * recomputed from those sums. The projects' own results are in their own currencies, on the roll-up's
 * timeline.
 */
public record PortfolioEarnedValue(String name, String currency, EarnedValueMetrics metrics, SCurve sCurve,
        List<ProjectEarnedValue> projects) {

    public PortfolioEarnedValue {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(metrics, "metrics");
        Objects.requireNonNull(sCurve, "sCurve");
        projects = List.copyOf(projects);
    }
}
