package org.sextant.engine.evm;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Cumulative planned value, earned value and actual cost at the end of each period of a timeline:
 * the S-curves. PV covers the whole timeline; EV and AC stop at the status date (the period holding
 * the status date shows the values at the status date). Immutable.
 */
public final class SCurve {

    /** One period's cumulative values; EV and AC are absent after the status date. */
    public record Point(LocalDate periodEnd, double plannedValue, OptionalDouble earnedValue, OptionalDouble actualCost) {
    }

    private final Timeline timeline;
    private final double[] plannedValue;
    private final double[] earnedValue;
    private final double[] actualCost;
    private final int reportedPeriods;

    /**
     * An S-curve; arrays are per period (length {@code timeline.periods()}) and copied.
     *
     * @param reportedPeriods how many leading periods have EV and AC (up to the one holding the status date)
     */
    public SCurve(Timeline timeline, double[] plannedValue, double[] earnedValue, double[] actualCost, int reportedPeriods) {
        this.timeline = Objects.requireNonNull(timeline, "timeline");
        int n = timeline.periods();
        if (plannedValue.length != n || earnedValue.length != n || actualCost.length != n) {
            throw new IllegalArgumentException("S-curve series must have " + n + " periods");
        }
        if (reportedPeriods < 0 || reportedPeriods > n) {
            throw new IllegalArgumentException("reported periods " + reportedPeriods + " outside 0.." + n);
        }
        this.plannedValue = plannedValue.clone();
        this.earnedValue = earnedValue.clone();
        this.actualCost = actualCost.clone();
        this.reportedPeriods = reportedPeriods;
    }

    public Timeline timeline() {
        return timeline;
    }

    /** Periods with EV and AC values. */
    public int reportedPeriods() {
        return reportedPeriods;
    }

    /** Cumulative PV at the end of period {@code i}. */
    public double plannedValue(int i) {
        return plannedValue[i];
    }

    /** Cumulative EV at the end of period {@code i} (0 after the status date; see {@link #reportedPeriods()}). */
    public double earnedValue(int i) {
        return earnedValue[i];
    }

    /** Cumulative AC at the end of period {@code i} (0 after the status date; see {@link #reportedPeriods()}). */
    public double actualCost(int i) {
        return actualCost[i];
    }

    /** The series as points, for charts. */
    public List<Point> points() {
        List<Point> points = new ArrayList<>(plannedValue.length);
        for (int i = 0; i < plannedValue.length; i++) {
            boolean reported = i < reportedPeriods;
            points.add(new Point(timeline.periodEnd(i), plannedValue[i],
                    reported ? OptionalDouble.of(earnedValue[i]) : OptionalDouble.empty(),
                    reported ? OptionalDouble.of(actualCost[i]) : OptionalDouble.empty()));
        }
        return List.copyOf(points);
    }

    void addTo(double[] pv, double[] ev, double[] ac, double rate) {
        for (int i = 0; i < plannedValue.length; i++) {
            pv[i] += plannedValue[i] * rate;
            ev[i] += earnedValue[i] * rate;
            ac[i] += actualCost[i] * rate;
        }
    }
}
