package org.sextant.earnedvalue.internal;

import java.util.List;
import java.util.Optional;
import org.sextant.baseline.BaselineTask;
import org.sextant.baseline.Baselines;
import org.sextant.cost.PerformanceIndices;
import org.sextant.earnedvalue.EarnedValueRequest;
import org.sextant.earnedvalue.EarnedValueUnit;
import org.sextant.earnedvalue.EarnedValues;
import org.sextant.engine.evm.EarnedValueMetrics;
import org.sextant.project.ProjectId;
import org.springframework.stereotype.Component;

/**
 * The cost feature's {@link PerformanceIndices}: CPI, SPI and the earned share against baseline 0 as of
 * the project's status date, when earned value measures the project in money.
 */
@Component
class EarnedValueIndices implements PerformanceIndices {

    private final EarnedValues earnedValues;
    private final Baselines baselines;

    EarnedValueIndices(EarnedValues earnedValues, Baselines baselines) {
        this.earnedValues = earnedValues;
        this.baselines = baselines;
    }

    @Override
    public Optional<Indices> of(ProjectId project) {
        // asked first, not caught: a refusal inside the caller's transaction would mark it for rollback
        List<BaselineTask> saved = baselines.tasks(project, 0);
        if (saved.isEmpty() || ProjectInputs.unit(saved) != EarnedValueUnit.CURRENCY) {
            return Optional.empty();
        }
        EarnedValueMetrics m = earnedValues.report(project, EarnedValueRequest.defaults()).result().metrics();
        double share = m.budgetAtCompletion() > 0 ? Math.min(1, m.earnedValue() / m.budgetAtCompletion()) : 0;
        return Optional.of(new Indices(value(m.costPerformanceIndex()), value(m.schedulePerformanceIndex()), share));
    }

    private static Double value(java.util.OptionalDouble v) {
        return v.isPresent() ? v.getAsDouble() : null;
    }
}
