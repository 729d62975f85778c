/**
 * Earned value management: how much of the planned work has been done and what it cost, as of a
 * status date, for one project or rolled up over a program or portfolio.
 *
 * <p>Inputs are immutable records: a project's baseline ({@link org.sextant.engine.evm.BaselineActivity}:
 * budget, baseline dates, how the budget is spread and how progress earns it), its progress reports
 * ({@link org.sextant.engine.evm.ProgressSnapshot}) and its actual costs
 * ({@link org.sextant.engine.evm.ActualCost}). {@link org.sextant.engine.evm.EarnedValueAnalyzer} turns
 * them into {@link org.sextant.engine.evm.ProjectEarnedValue}: the time-phased planned value
 * ({@link org.sextant.engine.evm.PlannedValueSpreader}), the indexes, variances and forecasts of
 * {@link org.sextant.engine.evm.EarnedValueMetrics}, Lipke's {@link org.sextant.engine.evm.EarnedSchedule}
 * and the cumulative {@link org.sextant.engine.evm.SCurve}. A {@link org.sextant.engine.evm.RollUpRequest}
 * sums several projects in one currency and recomputes every index from the sums (indexes are never
 * averaged).
 *
 * <p>Nothing reads the wall clock: the status date is an input. A ratio whose denominator is zero
 * (SPI before anything was planned, CPI before anything was spent) is absent, never NaN or infinite.
 * Input a user can get wrong (a negative actual cost, progress for an unknown activity) is rejected
 * with an {@link org.sextant.engine.evm.EarnedValueInputException} naming the project and activity.
 */
package org.sextant.engine.evm;
