package org.sextant.earnedvalue.web;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import org.sextant.engine.evm.EacMethod;
import org.sextant.engine.evm.EarnedSchedule;
import org.sextant.engine.evm.EarnedValueMetrics;
import org.sextant.engine.evm.PeriodUnit;

/**
 * One key figure card: its id (for tests and anchors), short label, shown value, an explanation and
 * a tone ("good", "bad" or "" for neutral) from the sign of a variance or an index against 1.
 */
record Kpi(String id, String label, String value, String hint, String tone) {

    /** Formats are not thread-safe: a new one per use. */
    private static final class Formats {
        final DecimalFormat amount = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
        final DecimalFormat index = new DecimalFormat("0.00", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
        final DecimalFormat periods = new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
    }

    /** The cards of the figures, the earned schedule and the forecast, in reading order. */
    static List<Kpi> of(EarnedValueMetrics m, String unit, PeriodUnit period) {
        Formats f = new Formats();
        DecimalFormat index = f.index;
        DecimalFormat periods = f.periods;
        List<Kpi> kpis = new ArrayList<>();
        kpis.add(new Kpi("pv", "PV", amount(m.plannedValue(), unit), "Planned value: budget of the work planned by the status date", ""));
        kpis.add(new Kpi("ev", "EV", amount(m.earnedValue(), unit), "Earned value: budget of the work done", ""));
        kpis.add(new Kpi("ac", "AC", amount(m.actualCost(), unit), "Actual cost of the work done", ""));
        kpis.add(new Kpi("sv", "SV", amount(m.scheduleVariance(), unit), "Schedule variance EV − PV", sign(m.scheduleVariance())));
        kpis.add(new Kpi("cv", "CV", amount(m.costVariance(), unit), "Cost variance EV − AC", sign(m.costVariance())));
        kpis.add(new Kpi("spi", "SPI", index(m.schedulePerformanceIndex()), "Schedule performance EV ÷ PV", tone(m.schedulePerformanceIndex())));
        kpis.add(new Kpi("cpi", "CPI", index(m.costPerformanceIndex()), "Cost performance EV ÷ AC", tone(m.costPerformanceIndex())));
        kpis.add(new Kpi("eac", "EAC", amount(m.estimateAtCompletion(), unit), "Estimate at completion by " + method(m.eacMethod()), ""));
        kpis.add(new Kpi("etc", "ETC", amount(m.estimateToComplete(), unit), "Estimate to complete EAC − AC", ""));
        kpis.add(new Kpi("vac", "VAC", amount(m.varianceAtCompletion(), unit), "Variance at completion BAC − EAC",
                m.varianceAtCompletion().isPresent() ? sign(m.varianceAtCompletion().getAsDouble()) : ""));
        kpis.add(new Kpi("tcpi", "TCPI", index(m.toCompletePerformanceIndexBac()), "Cost efficiency needed on the rest to finish within BAC", ""));
        Optional<EarnedSchedule> es = m.earnedSchedule();
        String p = period == PeriodUnit.MONTH ? " mo" : period == PeriodUnit.DAY ? " d" : " wk";
        kpis.add(new Kpi("es", "ES", es.map(s -> periods.format(s.earnedSchedule()) + p + " of " + periods.format(s.actualTime()) + p).orElse("—"),
                "Earned schedule: when the EV should have been earned, against the actual time", ""));
        kpis.add(new Kpi("spit", "SPI(t)", es.map(s -> index.format(s.schedulePerformanceIndex())).orElse("—"),
                "Time-based schedule performance ES ÷ AT", es.map(s -> tone(OptionalDouble.of(s.schedulePerformanceIndex()))).orElse("")));
        kpis.add(new Kpi("ieact", "IEAC(t)", es.flatMap(s -> s.estimatedDuration().isPresent()
                ? Optional.of(periods.format(s.estimatedDuration().getAsDouble()) + p + " (planned " + periods.format(s.plannedDuration()) + p + ")")
                : Optional.empty()).orElse("—"),
                es.flatMap(EarnedSchedule::forecastFinish).map(d -> "Forecast duration; finish about " + d).orElse("Forecast duration PD ÷ SPI(t)"), ""));
        return kpis;
    }

    static String method(EacMethod method) {
        return switch (method) {
            case CPI -> "BAC ÷ CPI";
            case CPI_TIMES_SPI -> "AC + (BAC − EV) ÷ (CPI × SPI)";
            case BOTTOM_UP -> "AC + bottom-up estimate of the rest";
            case BUDGET_RATE -> "AC + (BAC − EV)";
        };
    }

    static String amount(double v, String unit) {
        return number(v) + " " + unit;
    }

    static String number(double v) {
        String s = new Formats().amount.format(v);
        return s.equals("-0") ? "0" : s;
    }

    static String amount(OptionalDouble v, String unit) {
        return v.isPresent() ? amount(v.getAsDouble(), unit) : "—";
    }

    static String index(OptionalDouble v) {
        return v.isPresent() ? new Formats().index.format(v.getAsDouble()) : "—";
    }

    private static String sign(double v) {
        return v < -0.005 ? "bad" : v > 0.005 ? "good" : "";
    }

    private static String tone(OptionalDouble index) {
        return index.isEmpty() ? "" : index.getAsDouble() < 0.995 ? "bad" : "good";
    }
}
