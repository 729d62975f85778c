package org.sextant.engine.evm;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Earned schedule: the time at which the earned value should have been earned, after Walt Lipke,
 * "Schedule is Different", The Measurable News, March 2003 (and Lipke and Henderson, "Earned Schedule:
 * an emerging enhancement to EVM"). All durations are in periods of the timeline, counted from the
 * start of the period in which the project's baseline starts.
 *
 * <p>Formulas ({@code PV_k} the cumulative planned value at the end of the k-th period):
 * <ul>
 * <li>{@code ES = C + (EV - PV_C) / (PV_{C+1} - PV_C)} with {@code C} the number of whole periods
 * whose cumulative PV the EV reaches ({@code PV_C <= EV < PV_{C+1}}): linear interpolation inside
 * the period being earned;</li>
 * <li>{@code AT} the actual time at the status date: whole periods elapsed plus the share of the
 * current period's working time elapsed;</li>
 * <li>{@code PD} the planned duration: periods until the last baseline finish;</li>
 * <li>{@code SV(t) = ES - AT}, {@code SPI(t) = ES / AT}, {@code IEAC(t) = PD / SPI(t)} (the
 * independent estimate of the duration at completion), {@code TSPI = (PD - ES) / (PD - AT)} (the
 * schedule efficiency needed on the rest to finish on time).</li>
 * </ul>
 *
 * <p>Edge cases: ES is capped at PD (a finished project has earned the whole schedule; AT keeps
 * counting to the status date); IEAC(t) is absent when nothing was earned yet (SPI(t) = 0) and TSPI
 * when the planned duration has elapsed (PD ≤ AT). Earned schedule as a whole is absent for a zero
 * budget, a status date before the baseline start or a zero planned duration (see {@link #of}).
 * Complexity: {@code O(log p)} for {@code p} periods (binary search on the monotone PV curve).
 *
 * @param earnedSchedule ES, in periods
 * @param actualTime AT, in periods, above 0
 * @param plannedDuration PD, in whole periods
 * @param scheduleVariance SV(t) = ES - AT, in periods (negative: late)
 * @param schedulePerformanceIndex SPI(t) = ES / AT
 * @param estimatedDuration IEAC(t) = PD / SPI(t), in periods
 * @param toCompleteSchedulePerformanceIndex TSPI = (PD - ES) / (PD - AT)
 * @param forecastFinish the last day of the forecast duration IEAC(t)
 */
public record EarnedSchedule(double earnedSchedule, double actualTime, double plannedDuration, double scheduleVariance,
        double schedulePerformanceIndex, OptionalDouble estimatedDuration,
        OptionalDouble toCompleteSchedulePerformanceIndex, Optional<LocalDate> forecastFinish) {

    /** Beyond this many periods a forecast finish date is not shown (it would be meaningless). */
    private static final double FORECAST_HORIZON = 100_000;

    /**
     * Earned schedule from a cumulative PV curve, or empty when the budget is zero, the actual time
     * is not positive (status before the baseline start) or the planned duration is zero (a project of
     * milestones only, all at the same period boundary).
     *
     * @param pv cumulative planned value at the timeline's boundaries (see {@link PlannedValueSpreader#cumulative})
     * @param timeline the periods of {@code pv}
     * @param startPeriod the period containing the baseline start (ES, AT and PD count from its start)
     * @param finishBoundary the first boundary at or after the last baseline finish
     * @param ev earned value at the status date
     * @param bac budget at completion
     * @param actualTime AT in periods from the start of {@code startPeriod}
     */
    public static Optional<EarnedSchedule> of(double[] pv, Timeline timeline, int startPeriod, int finishBoundary,
            double ev, double bac, double actualTime) {
        int pd = finishBoundary - startPeriod;
        if (!(bac > 0) || !(actualTime > 0) || pd <= 0) {
            return Optional.empty();
        }
        double es = Math.max(0, Math.min(pd, earned(pv, startPeriod, finishBoundary, ev, bac) - startPeriod));
        double spit = es / actualTime;
        OptionalDouble ieac = spit > 0 ? OptionalDouble.of(pd / spit) : OptionalDouble.empty();
        OptionalDouble tspi = pd > actualTime ? OptionalDouble.of((pd - es) / (pd - actualTime)) : OptionalDouble.empty();
        Optional<LocalDate> finish = ieac.isPresent() && ieac.getAsDouble() < FORECAST_HORIZON
                ? Optional.of(timeline.dateAt(startPeriod + ieac.getAsDouble()).minusDays(1))
                : Optional.empty();
        return Optional.of(new EarnedSchedule(es, actualTime, pd, es - actualTime, spit, ieac, tspi, finish));
    }

    /** ES in periods from the timeline start: C + I on boundaries [start, finish]. */
    private static double earned(double[] pv, int start, int finish, double ev, double bac) {
        if (ev >= bac || ev >= pv[finish]) {
            return finish;
        }
        int lo = start;
        int hi = finish;
        while (hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            if (pv[mid] <= ev) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        // pv[lo] <= ev < pv[lo + 1]
        return lo + (ev - pv[lo]) / (pv[lo + 1] - pv[lo]);
    }
}
