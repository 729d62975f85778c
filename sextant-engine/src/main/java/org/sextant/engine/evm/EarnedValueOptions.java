package org.sextant.engine.evm;

import java.time.LocalDate;
import java.util.Objects;

/**
 * How to analyse: as of the end of {@code statusDate}, in periods of {@code periodUnit}, forecasting
 * the reported EAC by {@code eacMethod} (every method's EAC is reported too).
 */
public record EarnedValueOptions(LocalDate statusDate, PeriodUnit periodUnit, EacMethod eacMethod) {

    public EarnedValueOptions {
        Objects.requireNonNull(statusDate, "statusDate");
        Objects.requireNonNull(periodUnit, "periodUnit");
        Objects.requireNonNull(eacMethod, "eacMethod");
    }
}
