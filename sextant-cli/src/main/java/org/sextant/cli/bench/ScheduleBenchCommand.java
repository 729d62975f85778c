package org.sextant.cli.bench;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.mpxj.ProjectFile;
import org.mpxj.cpm.MicrosoftScheduler;
import org.sextant.engine.schedule.CriticalPathScheduler;
import org.sextant.engine.schedule.IncrementalScheduler;
import org.sextant.engine.schedule.ScheduleInput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Times the scheduling engine on generated networks ({@link NetworkGenerator}): a full schedule
 * (compiling the input plus forward, backward, floats and critical flags), the passes alone on a
 * compiled network, an incremental reschedule after one duration change, and MPXJ's
 * MicrosoftScheduler on the same network where it is small enough. Prints figures; asserts nothing.
 */
@Command(name = "schedule", mixinStandardHelpOptions = true,
        description = "Benchmark the CPM scheduler on generated networks.")
public final class ScheduleBenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--activities", split = ",", description = "network sizes (default 10000,100000,1000000)")
    List<Integer> sizes = new ArrayList<>(List.of(10_000, 100_000, 1_000_000));

    @Option(names = "--mpxj-max", description = "largest network given to MPXJ's scheduler (default ${DEFAULT-VALUE})")
    int mpxjMax = 20_000;

    @Option(names = "--repeat", description = "timed repetitions per figure, best kept (default ${DEFAULT-VALUE})")
    int repeat = 3;

    @Option(names = "--seed", description = "generator seed (default ${DEFAULT-VALUE})")
    long seed = 42;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%-10s %-34s %12s %16s%n", "activities", "measure", "time (ms)", "activities/s");
        warmUp();
        for (int n : sizes) {
            ScheduleInput input = NetworkGenerator.generate(n, seed);
            long full = best(() -> new CriticalPathScheduler().schedule(input));
            print(out, n, "sextant full (compile + passes)", full);
            System.gc();
            IncrementalScheduler incremental = IncrementalScheduler.of(input);
            long passes = best(incremental::rescheduleAll);
            print(out, n, "sextant passes (compiled network)", passes);
            List<Long> times = new ArrayList<>();
            for (int k = 0; k < 9; k++) {
                String id = NetworkGenerator.id(n / 2 + k * 7);
                long minutes = 480L * (2 + k % 5);
                long t0 = System.nanoTime();
                incremental.changeDuration(id, minutes);
                times.add(System.nanoTime() - t0);
            }
            Collections.sort(times);
            out.printf(Locale.ROOT, "%-10d %-34s %12.3f %16s%n", n, "sextant incremental (median of 9)",
                    times.get(times.size() / 2) / 1e6, "-");
            incremental = null;
            System.gc();
            if (n <= mpxjMax) {
                ProjectFile file = MpxjNetworkBuilder.build(input);
                long mpxj = best(() -> {
                    try {
                        new MicrosoftScheduler().schedule(file, NetworkGenerator.START);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
                print(out, n, "mpxj MicrosoftScheduler", mpxj);
            } else {
                out.printf("%-10d %-34s %12s %16s%n", n, "mpxj MicrosoftScheduler", "skipped", "(> --mpxj-max)");
            }
            out.flush();
        }
        return 0;
    }

    private void warmUp() {
        int size = Math.min(20_000, sizes.stream().mapToInt(Integer::intValue).max().orElse(20_000));
        ScheduleInput input = NetworkGenerator.generate(size, seed + 1);
        for (int k = 0; k < 5; k++) {
            new CriticalPathScheduler().schedule(input);
        }
    }

    private long best(Runnable task) {
        long best = Long.MAX_VALUE;
        for (int k = 0; k < Math.max(1, repeat); k++) {
            long t0 = System.nanoTime();
            task.run();
            best = Math.min(best, System.nanoTime() - t0);
        }
        return best;
    }

    private static void print(PrintWriter out, int n, String what, long nanos) {
        out.printf(Locale.ROOT, "%-10d %-34s %12.1f %,16.0f%n", n, what, nanos / 1e6, n / (nanos / 1e9));
    }
}
