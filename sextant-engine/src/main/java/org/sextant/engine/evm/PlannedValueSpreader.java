package org.sextant.engine.evm;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.sextant.engine.calendar.CompiledCalendar;
import org.sextant.engine.calendar.EpochMinutes;

/**
 * Time-phased planned value (PV, BCWS): each activity's budget spread over its baseline working time
 * by its {@link Distribution}, cumulated at period boundaries.
 *
 * <p>Technique: closed-form cumulative distribution over working minutes. For an activity with
 * baseline start {@code s}, finish {@code f} and budget {@code B}, the planned value at instant
 * {@code t} is {@code B × F(x)} with {@code x = (work(s, t)) / work(s, f)} clamped to [0, 1] and
 * {@code work} the working minutes of the project calendar ({@link CompiledCalendar}); non-working
 * time (nights, weekends, holidays) therefore plans nothing. An activity without working time
 * between start and finish (a milestone) plans its whole budget at its finish.
 *
 * <p>Cumulating over a {@link Timeline}: the working index of each boundary is taken once
 * ({@code O(p)} for {@code p} periods); each activity adds its full budget from the first boundary at
 * or after its finish (a difference array, found by binary search) and a partial amount to each
 * boundary strictly inside its span. Total {@code O(p + n log p + Σ span)}, at most {@code O(n × p)}
 * for {@code n} activities, with constant-time calendar lookups.
 *
 * <p>Not thread-safe: the compiled calendar grows lazily; use one spreader per thread.
 */
public final class PlannedValueSpreader {

    private final CompiledCalendar calendar;

    /** A spreader over the working time of {@code calendar}. */
    public PlannedValueSpreader(CompiledCalendar calendar) {
        this.calendar = calendar;
    }

    /** The planned value of {@code activity} at {@code instant}. */
    public double plannedValueAt(BaselineActivity activity, LocalDateTime instant) {
        return plannedValueAt(activity, EpochMinutes.of(instant));
    }

    double plannedValueAt(BaselineActivity activity, int t) {
        int s = EpochMinutes.of(activity.start());
        int f = EpochMinutes.of(activity.finish());
        if (t >= f) {
            return activity.budget();
        }
        int ws = calendar.toWork(s);
        int wf = calendar.toWork(f);
        if (t <= s || wf == ws) {
            return 0;
        }
        double x = Math.min(1.0, (calendar.toWork(t) - ws) / (double) (wf - ws));
        return x <= 0 ? 0 : activity.budget() * activity.distribution().cumulative(x);
    }

    /**
     * Cumulative planned value at each boundary of {@code timeline}: element {@code i} is the PV at the
     * start of period {@code i}, element {@code periods()} the PV at the end of the last period.
     */
    public double[] cumulative(List<BaselineActivity> activities, Timeline timeline) {
        return cumulative(activities, timeline, Integer.MIN_VALUE, null);
    }

    /**
     * {@link #cumulative(List, Timeline)}, also writing each activity's planned value at instant
     * {@code t} into {@code atT} (when not null), sharing the calendar lookups.
     */
    double[] cumulative(List<BaselineActivity> activities, Timeline timeline, int t, double[] atT) {
        int n = timeline.periods();
        int[] instant = new int[n + 1];
        int[] work = new int[n + 1];
        for (int j = 0; j <= n; j++) {
            instant[j] = timeline.instant(j);
            work[j] = calendar.toWork(instant[j]);
        }
        int workT = atT == null ? 0 : calendar.toWork(t);
        double[] full = new double[n + 2];
        double[] partial = new double[n + 1];
        for (int i = 0; i < activities.size(); i++) {
            BaselineActivity activity = activities.get(i);
            double budget = activity.budget();
            int s = EpochMinutes.of(activity.start());
            int f = EpochMinutes.of(activity.finish());
            int fullFrom = firstAtOrAfter(instant, f);
            full[fullFrom] += budget;
            int ws = calendar.toWork(s);
            int wf = calendar.toWork(f);
            Distribution distribution = activity.distribution();
            if (wf > ws) {
                double span = wf - ws;
                for (int j = firstAtOrAfter(instant, s + 1); j < fullFrom; j++) {
                    double x = (work[j] - ws) / span;
                    if (x > 0) {
                        partial[j] += budget * distribution.cumulative(Math.min(1.0, x));
                    }
                }
            }
            if (atT != null) {
                double x = t >= f ? 1 : t <= s || wf == ws ? 0 : Math.min(1.0, (workT - ws) / (double) (wf - ws));
                atT[i] = x <= 0 ? 0 : x >= 1 ? budget : budget * distribution.cumulative(x);
            }
        }
        double[] cumulative = new double[n + 1];
        double running = 0;
        for (int j = 0; j <= n; j++) {
            running += full[j];
            cumulative[j] = running + partial[j];
        }
        return cumulative;
    }

    /** The first index whose instant is at or after {@code t}, or {@code length} when none is. */
    static int firstAtOrAfter(int[] instants, int t) {
        int i = Arrays.binarySearch(instants, t);
        if (i >= 0) {
            while (i > 0 && instants[i - 1] == t) {
                i--;
            }
            return i;
        }
        return -i - 1;
    }
}
