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
 * <p>Conventions a newcomer may question:
 * <ul>
 * <li>The status date is a whole day: PV, EV and AC are taken at its end. Progress reported and
 * costs dated after it are not yet counted.</li>
 * <li>Budgets are spread over working time of the project's calendar, not calendar time, so a
 * weekend plans nothing; a milestone plans its budget at its finish.</li>
 * <li>Earned schedule follows Lipke's period-based definition (linear interpolation inside the
 * period being earned); ES, AT and PD are in periods counted from the start of the period holding
 * the baseline start, so a project keeps the same earned schedule on a longer shared timeline.
 * AT counts the elapsed share of the current period in working time.</li>
 * <li>A roll-up is analysed as one project: amounts and curves are summed after currency conversion
 * and every index, EAC and earned schedule is recomputed from the sums.</li>
 * </ul>
 *
 * <p>Nothing reads the wall clock: the status date is an input. A ratio whose denominator is zero
 * (SPI before anything was planned, CPI before anything was spent) is absent, never NaN or infinite.
 * Input a user can get wrong (a negative actual cost, progress for an unknown activity) is rejected
 * with an {@link org.sextant.engine.evm.EarnedValueInputException} naming the project and activity.
 */
package org.sextant.engine.evm;
