package org.sextant.earnedvalue.internal;

import java.util.Optional;
import org.sextant.cost.PerformanceIndices;
import org.sextant.earnedvalue.EarnedValueRequest;
import org.sextant.earnedvalue.EarnedValueUnit;
import org.sextant.earnedvalue.EarnedValues;
import org.sextant.engine.evm.EarnedValueMetrics;
import org.sextant.platform.BusinessRuleException;
import org.sextant.project.ProjectId;
import org.springframework.stereotype.Component;

/**
 * The cost feature's {@link PerformanceIndices}: CPI, SPI and the earned share against baseline 0 as of
 * the project's status date, when earned value measures the project in money.
 */
@Component
class EarnedValueIndices implements PerformanceIndices {

    private final EarnedValues earnedValues;

    EarnedValueIndices(EarnedValues earnedValues) {
        this.earnedValues = earnedValues;
    }

    @Override
    public Optional<Indices> of(ProjectId project) {
        try {
            var report = earnedValues.report(project, EarnedValueRequest.defaults());
            if (report.unit() != EarnedValueUnit.CURRENCY) {
                return Optional.empty();
            }
            EarnedValueMetrics m = report.result().metrics();
            double share = m.budgetAtCompletion() > 0 ? Math.min(1, m.earnedValue() / m.budgetAtCompletion()) : 0;
            return Optional.of(new Indices(value(m.costPerformanceIndex()), value(m.schedulePerformanceIndex()), share));
        } catch (BusinessRuleException noBaseline) {
            return Optional.empty();
        }
    }

    private static Double value(java.util.OptionalDouble v) {
        return v.isPresent() ? v.getAsDouble() : null;
    }
}
