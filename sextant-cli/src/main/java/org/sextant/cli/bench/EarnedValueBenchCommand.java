package org.sextant.cli.bench;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sextant.engine.calendar.CalendarDefinition;
import org.sextant.engine.calendar.CalendarRules;
import org.sextant.engine.evm.EacMethod;
import org.sextant.engine.evm.EarnedValueAnalyzer;
import org.sextant.engine.evm.EarnedValueOptions;
import org.sextant.engine.evm.EarnedValueProject;
import org.sextant.engine.evm.PeriodUnit;
import org.sextant.engine.evm.PortfolioEarnedValue;
import org.sextant.engine.evm.RollUpRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Times the portfolio roll-up of earned value ({@link EarnedValueAnalyzer#rollUp}) on generated
 * projects ({@link EarnedValueBenchPortfolio}): every project's time-phased PV, EV, AC, indexes,
 * forecasts, earned schedule and S-curves on weekly periods, then their sums. Generating the input is
 * not timed; compiling the calendar is (a fresh analyzer per run). Warm-up runs first, then the
 * timed runs; prints best and median wall-clock time and, because the build machines are shared,
 * the thread's CPU time too. Single-threaded. Asserts nothing.
 */
@Command(name = "evm", mixinStandardHelpOptions = true,
        description = "Benchmark the earned value roll-up over a generated portfolio.")
public final class EarnedValueBenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--projects", description = "projects in the portfolio (default ${DEFAULT-VALUE})")
    int projects = 1_000;

    @Option(names = "--activities", description = "activities per project (default ${DEFAULT-VALUE})")
    int activities = 200;

    @Option(names = "--warmup", description = "untimed runs first (default ${DEFAULT-VALUE})")
    int warmup = 5;

    @Option(names = "--repeat", description = "timed runs (default ${DEFAULT-VALUE})")
    int repeat = 10;

    @Option(names = "--seed", description = "generator seed (default ${DEFAULT-VALUE})")
    long seed = 42;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<EarnedValueProject> portfolio = EarnedValueBenchPortfolio.generate(projects, activities, seed);
        CalendarRules calendars = new CalendarRules(
                List.of(CalendarDefinition.standard(EarnedValueBenchPortfolio.CALENDAR, List.of())));
        RollUpRequest request = new RollUpRequest("Portfolio", "EUR", Map.of(), EarnedValueBenchPortfolio.CALENDAR,
                portfolio);
        EarnedValueOptions options = new EarnedValueOptions(EarnedValueBenchPortfolio.STATUS, PeriodUnit.WEEK,
                EacMethod.CPI);
        PortfolioEarnedValue result = null;
        for (int k = 0; k < warmup; k++) {
            result = new EarnedValueAnalyzer(calendars).rollUp(request, options);
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] times = new long[Math.max(1, repeat)];
        long[] cpu = new long[times.length];
        for (int k = 0; k < times.length; k++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            result = new EarnedValueAnalyzer(calendars).rollUp(request, options);
            times[k] = System.nanoTime() - t0;
            cpu[k] = threads.getCurrentThreadCpuTime() - c0;
        }
        Arrays.sort(times);
        Arrays.sort(cpu);
        var m = result.metrics();
        out.printf(Locale.ROOT, "portfolio: %d projects x %d activities, %d weekly periods, status %s%n", projects,
                activities, result.sCurve().timeline().periods(), options.statusDate());
        out.printf(Locale.ROOT, "result: BAC %,.0f  PV %,.0f  EV %,.0f  AC %,.0f  SPI %.3f  CPI %.3f  SPI(t) %s%n",
                m.budgetAtCompletion(), m.plannedValue(), m.earnedValue(), m.actualCost(),
                m.schedulePerformanceIndex().orElse(Double.NaN), m.costPerformanceIndex().orElse(Double.NaN),
                m.earnedSchedule().map(es -> String.format(Locale.ROOT, "%.3f", es.schedulePerformanceIndex())).orElse("-"));
        print(out, "wall best", times[0]);
        print(out, "wall median", times[times.length / 2]);
        print(out, "cpu best", cpu[0]);
        print(out, "cpu median", cpu[cpu.length / 2]);
        out.flush();
        return 0;
    }

    private void print(PrintWriter out, String what, long nanos) {
        out.printf(Locale.ROOT, "%-16s %10.1f ms %,14.0f projects/s%n", what, nanos / 1e6, projects / (nanos / 1e9));
    }
}
