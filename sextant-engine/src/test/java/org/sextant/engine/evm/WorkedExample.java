package org.sextant.engine.evm;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.OptionalDouble;
import org.sextant.engine.calendar.CalendarDefinition;
import org.sextant.engine.calendar.CalendarRules;

/**
 * A small project whose every figure can be computed by hand. It is our own example, not a
 * published one: the formulas it checks are those of PMI's Practice Standard for Earned Value
 * Management (2nd ed.) and of Lipke's "Schedule is Different" (The Measurable News, March 2003), but
 * the numbers were made up here so that each result is a short calculation (shown in each test).
 * The checks against published worked examples, with the sources' own printed figures (Vanhoucke's
 * earned schedule table on the PM Knowledge Center, Microsoft Project's SPI and CPI examples), are in
 * {@link PublishedWorkedExampleTest}.
 *
 * <p>Standard calendar (Monday to Friday, 8 hours), weekly periods from Monday 5 January 2026:
 * <pre>
 * activity  baseline               budget  status 1 Feb   actual cost
 * A         5 Jan - 16 Jan (2 wk)   1,000  100 %          600 on 9 Jan, 600 on 16 Jan
 * B         19 Jan - 30 Jan (2 wk)  2,000  40 %, ETC 1,500 1,000 on 30 Jan
 * C         2 Feb - 6 Feb (1 wk)    1,000  not started    -
 * </pre>
 * Cumulative PV at the end of weeks 1..5: 500, 1,000, 2,000, 3,000, 4,000 (BAC, PD = 5 weeks).
 * Status date Sunday 1 February 2026, the end of week 4 (AT = 4): PV = 3,000, EV = 1,000 + 0.4 × 2,000
 * = 1,800, AC = 2,200.
 */
final class WorkedExample {

    static final String CALENDAR = "standard";
    static final LocalDate STATUS = LocalDate.of(2026, 2, 1);

    private WorkedExample() {
    }

    static EarnedValueAnalyzer analyzer() {
        return new EarnedValueAnalyzer(new CalendarRules(List.of(CalendarDefinition.standard(CALENDAR, List.of()))));
    }

    static EarnedValueOptions options(LocalDate status) {
        return new EarnedValueOptions(status, PeriodUnit.WEEK, EacMethod.CPI);
    }

    static EarnedValueOptions options(EacMethod method) {
        return new EarnedValueOptions(STATUS, PeriodUnit.WEEK, method);
    }

    static LocalDateTime start(int month, int day) {
        return LocalDateTime.of(2026, month, day, 8, 0);
    }

    static LocalDateTime finish(int month, int day) {
        return LocalDateTime.of(2026, month, day, 17, 0);
    }

    static List<BaselineActivity> baseline() {
        return List.of(
                new BaselineActivity("A", start(1, 5), finish(1, 16), 1_000),
                new BaselineActivity("B", start(1, 19), finish(1, 30), 2_000),
                new BaselineActivity("C", start(2, 2), finish(2, 6), 1_000));
    }

    static ProgressSnapshot statusReport() {
        return new ProgressSnapshot(STATUS, List.of(
                ActivityProgress.percent("A", 100),
                new ActivityProgress("B", true, 40, OptionalDouble.of(1_500))));
    }

    static List<ActualCost> actuals() {
        return List.of(
                new ActualCost("A", LocalDate.of(2026, 1, 9), 600),
                new ActualCost("A", LocalDate.of(2026, 1, 16), 600),
                new ActualCost("B", LocalDate.of(2026, 1, 30), 1_000));
    }

    static EarnedValueProject project() {
        return project("Example", "EUR");
    }

    static EarnedValueProject project(String name, String currency) {
        return new EarnedValueProject(name, currency, CALENDAR, baseline(), List.of(statusReport()), actuals());
    }

    static EarnedValueMetrics metrics(EacMethod method) {
        return analyzer().analyze(project(), options(method)).metrics();
    }
}
