package org.sextant.cli.level;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.sextant.engine.leveling.Leveler;
import org.sextant.engine.leveling.LevelingOptions;
import org.sextant.engine.leveling.LevelingResult;
import org.sextant.engine.leveling.psplib.PsplibInstance;
import org.sextant.engine.leveling.psplib.PsplibOptima;
import org.sextant.engine.leveling.psplib.PsplibParser;

/**
 * Levels every PSPLIB instance of a directory and reports the deviation of each makespan from the
 * proven optimum (when {@code ../solutions/<set>opt.sm} lists it, i.e. j30) or else from the
 * critical-path bound in the instance header (j120), with the wall and CPU time per instance (on a
 * shared machine the CPU time is the fairer figure). Single-threaded,
 * instances in natural name order ({@code j301_1, j301_2, ..., j301_10, j302_1, ...}).
 */
public final class PsplibBenchmark {

    /** One instance's outcome. */
    public record Row(String instance, int makespan, int reference, boolean optimumReference, double seconds,
                      double cpuSeconds) {
        public double deviationPercent() {
            return 100.0 * (makespan - reference) / reference;
        }
    }

    /** All rows and their mean deviation. */
    public record Summary(List<Row> rows) {
        public double meanDeviationPercent() {
            return rows.stream().mapToDouble(Row::deviationPercent).average().orElse(0);
        }

        public double secondsPerInstance() {
            return rows.stream().mapToDouble(Row::seconds).average().orElse(0);
        }

        public double cpuSecondsPerInstance() {
            return rows.stream().mapToDouble(Row::cpuSeconds).average().orElse(0);
        }
    }

    private final Leveler leveler;

    public PsplibBenchmark(Leveler leveler) {
        this.leveler = leveler;
    }

    public Summary run(Path dir, int schedules, long seed, int limit, PrintStream out) throws IOException {
        List<Path> files = instanceFiles(dir, limit);
        String set = dir.getFileName().toString();
        Path solutions = dir.toAbsolutePath().getParent().resolve("solutions").resolve(set + "opt.sm");
        Optional<PsplibOptima> optima = Files.exists(solutions)
                ? Optional.of(PsplibOptima.read(solutions, set)) : Optional.empty();
        out.printf(Locale.ROOT, "%-12s %8s %9s %9s %9s %9s%n",
                "instance", "makespan", "reference", "deviation", "seconds", "cpu s");
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<Row> rows = new ArrayList<>();
        for (Path file : files) {
            PsplibInstance instance = PsplibParser.parse(file);
            long t0 = System.nanoTime();
            long cpu0 = threads.getCurrentThreadCpuTime();
            LevelingResult result = leveler.level(instance.problem(),
                    new LevelingOptions(LevelingOptions.DelayPolicy.ALLOW_DELAY, schedules, seed));
            double seconds = (System.nanoTime() - t0) / 1e9;
            double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
            if (!(result instanceof LevelingResult.Leveled leveled)) {
                throw new IllegalStateException(instance.name() + ": " + result);
            }
            Optional<Integer> optimum = optima.flatMap(o -> o.makespan(instance.name()));
            Row row = new Row(instance.name(), leveled.makespan(),
                    optimum.orElse(instance.criticalPathLength()), optimum.isPresent(), seconds, cpuSeconds);
            rows.add(row);
            out.printf(Locale.ROOT, "%-12s %8d %9s %8.2f%% %9.3f %9.3f%n", row.instance(), row.makespan(),
                    row.reference() + (row.optimumReference() ? " opt" : " cpm"), row.deviationPercent(), seconds,
                    cpuSeconds);
        }
        Summary summary = new Summary(rows);
        out.printf(Locale.ROOT, "cpu time: %.3f s/instance (this thread; wall time below includes waiting for a core)%n",
                summary.cpuSecondsPerInstance());
        out.printf(Locale.ROOT, "mean deviation: %.2f%% (%d instances, %.3f s/instance)%n",
                summary.meanDeviationPercent(), rows.size(), summary.secondsPerInstance());
        return summary;
    }

    static List<Path> instanceFiles(Path dir, int limit) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".sm"))
                    .sorted(Comparator.comparing(PsplibBenchmark::sortKey))
                    .limit(limit > 0 ? limit : Long.MAX_VALUE)
                    .toList();
        }
    }

    /** {@code j3012_3} sorts as parameter 12, instance 3. */
    private static String sortKey(Path file) {
        String name = file.getFileName().toString().replace(".sm", "");
        String[] parts = name.split("_");
        String prefix = parts[0].replaceAll("\\d+$", "");
        String digits = parts[0].substring(prefix.length());
        String instance = parts.length > 1 ? parts[1] : "0";
        return String.format("%s%06d_%06d", prefix, Integer.parseInt(digits.isEmpty() ? "0" : digits),
                Integer.parseInt(instance));
    }
}
