package org.sextant.engine.evm;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The earned value figures of a project or roll-up as of a status date, in one currency.
 *
 * <p>Formulas (PMI, <i>Practice Standard for Earned Value Management</i>, 2nd ed., and the
 * <i>PMBOK Guide</i>):
 * <ul>
 * <li>{@code SV = EV - PV}, {@code CV = EV - AC}, {@code SPI = EV / PV}, {@code CPI = EV / AC};</li>
 * <li>EAC by {@link EacMethod}: {@code BAC / CPI}; {@code AC + (BAC - EV) / (CPI × SPI)};
 * {@code AC + Σ ETC} (bottom-up, the remaining budget where an activity has no own estimate);
 * {@code AC + (BAC - EV)} (budget rate);</li>
 * <li>{@code ETC = EAC - AC}, {@code VAC = BAC - EAC};</li>
 * <li>{@code TCPI(BAC) = (BAC - EV) / (BAC - AC)}, {@code TCPI(EAC) = (BAC - EV) / (EAC - AC)}.</li>
 * </ul>
 *
 * <p>Absent rather than NaN or infinite: SPI when PV = 0 (status before anything was planned, zero
 * budget), CPI when AC = 0, an EAC whose index is absent or zero (and the ETC, VAC and TCPI(EAC)
 * derived from it), TCPI(BAC) when the budget is spent ({@code BAC - AC <= 0}), TCPI(EAC) when
 * nothing remains to be spent ({@code EAC - AC <= 0}). O(1).
 *
 * @param eacMethod the method of {@link #estimateAtCompletion()}
 * @param estimatesAtCompletion the EAC by every method
 * @param earnedSchedule Lipke's earned schedule, absent for a zero budget or a status date before the baseline start
 */
public record EarnedValueMetrics(double budgetAtCompletion, double plannedValue, double earnedValue, double actualCost,
        double scheduleVariance, double costVariance, OptionalDouble schedulePerformanceIndex,
        OptionalDouble costPerformanceIndex, EacMethod eacMethod, OptionalDouble estimateAtCompletion,
        OptionalDouble estimateToComplete, OptionalDouble varianceAtCompletion, OptionalDouble toCompletePerformanceIndexBac,
        OptionalDouble toCompletePerformanceIndexEac, Map<EacMethod, OptionalDouble> estimatesAtCompletion,
        Optional<EarnedSchedule> earnedSchedule) {

    public EarnedValueMetrics {
        Objects.requireNonNull(eacMethod, "eacMethod");
        estimatesAtCompletion = Map.copyOf(estimatesAtCompletion);
        Objects.requireNonNull(earnedSchedule, "earnedSchedule");
    }

    /**
     * Every figure from the four basic amounts.
     *
     * @param bottomUpEtc the sum of the activities' estimates to complete (remaining budget where none is given)
     */
    public static EarnedValueMetrics of(double bac, double pv, double ev, double ac, double bottomUpEtc, EacMethod method,
            Optional<EarnedSchedule> earnedSchedule) {
        OptionalDouble spi = ratio(ev, pv);
        OptionalDouble cpi = ratio(ev, ac);
        Map<EacMethod, OptionalDouble> eacs = new EnumMap<>(EacMethod.class);
        eacs.put(EacMethod.CPI, positive(cpi).isPresent() ? OptionalDouble.of(bac / cpi.getAsDouble()) : OptionalDouble.empty());
        OptionalDouble composite = positive(cpi).isPresent() && positive(spi).isPresent()
                ? OptionalDouble.of(ac + (bac - ev) / (cpi.getAsDouble() * spi.getAsDouble()))
                : OptionalDouble.empty();
        eacs.put(EacMethod.CPI_TIMES_SPI, composite);
        eacs.put(EacMethod.BOTTOM_UP, OptionalDouble.of(ac + bottomUpEtc));
        eacs.put(EacMethod.BUDGET_RATE, OptionalDouble.of(ac + bac - ev));
        OptionalDouble eac = eacs.get(method);
        OptionalDouble etc = eac.isPresent() ? OptionalDouble.of(eac.getAsDouble() - ac) : OptionalDouble.empty();
        OptionalDouble vac = eac.isPresent() ? OptionalDouble.of(bac - eac.getAsDouble()) : OptionalDouble.empty();
        OptionalDouble tcpiBac = bac - ac > 0 ? OptionalDouble.of((bac - ev) / (bac - ac)) : OptionalDouble.empty();
        OptionalDouble tcpiEac = etc.isPresent() && etc.getAsDouble() > 0
                ? OptionalDouble.of((bac - ev) / etc.getAsDouble()) : OptionalDouble.empty();
        return new EarnedValueMetrics(bac, pv, ev, ac, ev - pv, ev - ac, spi, cpi, method, eac, etc, vac, tcpiBac, tcpiEac,
                eacs, earnedSchedule);
    }

    private static OptionalDouble ratio(double numerator, double denominator) {
        return denominator == 0 ? OptionalDouble.empty() : OptionalDouble.of(numerator / denominator);
    }

    private static OptionalDouble positive(OptionalDouble value) {
        return value.isPresent() && value.getAsDouble() > 0 ? value : OptionalDouble.empty();
    }
}
