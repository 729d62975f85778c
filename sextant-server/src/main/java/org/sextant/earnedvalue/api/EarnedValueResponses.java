package org.sextant.earnedvalue.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.sextant.earnedvalue.EarnedValueRollUp;
import org.sextant.earnedvalue.ProjectEarnedValueReport;
import org.sextant.engine.evm.ActivityEarnedValue;
import org.sextant.engine.evm.EacMethod;
import org.sextant.engine.evm.EarnedSchedule;
import org.sextant.engine.evm.EarnedValueMetrics;
import org.sextant.engine.evm.SCurve;
import org.sextant.schedule.TaskId;

/**
 * The JSON of earned value: the engine's results as plain records, absent ratios as {@code null}.
 * Amounts are in {@code unitLabel} (a currency code, or "h" for hours); durations of the earned
 * schedule are in periods of {@code period}.
 */
final class EarnedValueResponses {

    private EarnedValueResponses() {
    }

    /** The figures at the status date. */
    record Metrics(double bac, double pv, double ev, double ac, double sv, double cv, Double spi, Double cpi,
            Double percentComplete, Double percentPlanned, String eacMethod, Double eac, Double etc, Double vac,
            Double tcpiBac, Double tcpiEac, Map<String, Double> eacByMethod) {

        static Metrics of(EarnedValueMetrics m) {
            Map<String, Double> eacs = new LinkedHashMap<>();
            for (EacMethod method : EacMethod.values()) {
                eacs.put(name(method), value(m.estimatesAtCompletion().get(method)));
            }
            double bac = m.budgetAtCompletion();
            return new Metrics(bac, m.plannedValue(), m.earnedValue(), m.actualCost(), m.scheduleVariance(),
                    m.costVariance(), value(m.schedulePerformanceIndex()), value(m.costPerformanceIndex()),
                    bac > 0 ? 100 * m.earnedValue() / bac : null, bac > 0 ? 100 * m.plannedValue() / bac : null,
                    name(m.eacMethod()), value(m.estimateAtCompletion()), value(m.estimateToComplete()),
                    value(m.varianceAtCompletion()), value(m.toCompletePerformanceIndexBac()),
                    value(m.toCompletePerformanceIndexEac()), eacs);
        }
    }

    /** Lipke's earned schedule, in periods from the start of the period holding the baseline start. */
    record Schedule(double es, double at, double pd, double svt, double spit, Double ieact, Double tspi,
            LocalDate forecastFinish) {

        static Schedule of(EarnedSchedule s) {
            return new Schedule(s.earnedSchedule(), s.actualTime(), s.plannedDuration(), s.scheduleVariance(),
                    s.schedulePerformanceIndex(), value(s.estimatedDuration()),
                    value(s.toCompleteSchedulePerformanceIndex()), s.forecastFinish().orElse(null));
        }
    }

    /** Cumulative values at the end of one period; EV and AC are null after the status date. */
    record Point(LocalDate periodEnd, double pv, Double ev, Double ac) {
    }

    /** One task's figures at the status date. */
    record TaskRow(Long taskId, String name, double bac, double pv, double ev, double ac, double sv, double cv) {
    }

    /** A project's earned value. */
    record ProjectResponse(long projectId, String code, String name, int baseline, String unit, String unitLabel,
            LocalDate statusDate, String period, Metrics metrics, Schedule earnedSchedule, List<Point> sCurve,
            List<TaskRow> tasks) {
    }

    /** One project of a roll-up. */
    record ProjectRow(long projectId, String code, String name, String unitLabel, double bac, double pv, double ev,
            double ac, Double spi, Double cpi, Double eac, Double spit) {
    }

    /** A project left out of a roll-up, and why. */
    record ExcludedRow(long projectId, String code, String name, String reason) {
    }

    /** A program's or portfolio's earned value. */
    record RollUpResponse(String kind, long id, String name, int baseline, String unit, String unitLabel,
            LocalDate statusDate, String period, Metrics metrics, Schedule earnedSchedule, List<Point> sCurve,
            List<ProjectRow> projects, List<ExcludedRow> excluded) {
    }

    static ProjectResponse project(ProjectEarnedValueReport r) {
        var result = r.result();
        List<TaskRow> rows = new ArrayList<>();
        for (ActivityEarnedValue a : result.activities()) {
            Long id = a.activityId().chars().allMatch(Character::isDigit) ? Long.valueOf(a.activityId()) : null;
            String name = id == null ? "Not in the baseline (added tasks, project expenses)"
                    : r.taskNames().getOrDefault(TaskId.of(id), "Task " + id + " (deleted since the baseline)");
            rows.add(new TaskRow(id, name, a.budgetAtCompletion(), a.plannedValue(), a.earnedValue(), a.actualCost(),
                    a.scheduleVariance(), a.costVariance()));
        }
        return new ProjectResponse(r.projectId().value(), r.code(), r.name(), r.baseline(), r.unit().name(),
                r.unitLabel(), result.statusDate(), result.sCurve().timeline().unit().name(),
                Metrics.of(result.metrics()), result.metrics().earnedSchedule().map(Schedule::of).orElse(null),
                points(result.sCurve()), rows);
    }

    static RollUpResponse rollUp(String kind, long id, int baseline, LocalDate statusDate, EarnedValueRollUp r,
            String sort, boolean ascending) {
        List<ProjectRow> rows = new ArrayList<>();
        for (ProjectEarnedValueReport p : r.projects()) {
            EarnedValueMetrics m = p.result().metrics();
            rows.add(new ProjectRow(p.projectId().value(), p.code(), p.name(), p.unitLabel(), m.budgetAtCompletion(),
                    m.plannedValue(), m.earnedValue(), m.actualCost(), value(m.schedulePerformanceIndex()),
                    value(m.costPerformanceIndex()), value(m.estimateAtCompletion()),
                    m.earnedSchedule().map(EarnedSchedule::schedulePerformanceIndex).orElse(null)));
        }
        rows.sort(order(sort, ascending));
        List<ExcludedRow> excluded = r.excluded().stream()
                .map(e -> new ExcludedRow(e.projectId().value(), e.code(), e.name(), e.reason())).toList();
        return r.result().map(res -> new RollUpResponse(kind, id, r.name(), baseline, r.unit().name(), r.unitLabel(),
                        res.projects().isEmpty() ? statusDate : res.projects().get(0).statusDate(),
                        res.sCurve().timeline().unit().name(), Metrics.of(res.metrics()),
                        res.metrics().earnedSchedule().map(Schedule::of).orElse(null), points(res.sCurve()), rows, excluded))
                .orElseGet(() -> new RollUpResponse(kind, id, r.name(), baseline, r.unit().name(), r.unitLabel(),
                        statusDate, null, null, null, List.of(), rows, excluded));
    }

    /**
     * Rows by {@code sort}: "spi", "cpi", "spit", "ev", "bac" or "code" (default); a missing index sorts
     * last either way.
     */
    static Comparator<ProjectRow> order(String sort, boolean ascending) {
        String key = sort == null ? "code" : sort.toLowerCase(java.util.Locale.ROOT);
        Comparator<ProjectRow> byCode = Comparator.comparing(ProjectRow::code);
        java.util.function.Function<ProjectRow, Double> f = switch (key) {
            case "spi" -> ProjectRow::spi;
            case "cpi" -> ProjectRow::cpi;
            case "spit" -> ProjectRow::spit;
            case "ev" -> ProjectRow::ev;
            case "bac" -> ProjectRow::bac;
            default -> null;
        };
        if (f == null) {
            return ascending ? byCode : byCode.reversed();
        }
        Comparator<Double> values = ascending ? Comparator.naturalOrder() : Comparator.reverseOrder();
        return Comparator.comparing(f, Comparator.nullsLast(values)).thenComparing(byCode);
    }

    static List<Point> points(SCurve curve) {
        List<Point> points = new ArrayList<>();
        for (SCurve.Point p : curve.points()) {
            points.add(new Point(p.periodEnd(), p.plannedValue(), value(p.earnedValue()), value(p.actualCost())));
        }
        return points;
    }

    /** "CPI_SPI" for the composite method, the engine's name otherwise. */
    static String name(EacMethod method) {
        return method == EacMethod.CPI_TIMES_SPI ? "CPI_SPI" : method.name();
    }

    static Double value(OptionalDouble d) {
        return d.isPresent() ? d.getAsDouble() : null;
    }
}
