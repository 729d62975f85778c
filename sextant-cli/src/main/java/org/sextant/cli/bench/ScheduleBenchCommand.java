package org.sextant.cli.bench;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
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
 * (building the network from the input records plus forward, backward, floats and critical flags),
 * the passes alone on a built network, an incremental reschedule after one duration change, and MPXJ's
 * MicrosoftScheduler on the same network where it is small enough. Each figure is the median and the
 * best of several runs, as wall time, as the CPU time of the measuring thread (the machine may be
 * shared: CPU time shows what the work costs when other processes take the cores) and as the CPU time
 * of the whole process (adding the pool worker that shares the network build of large inputs, the
 * garbage collector and the JIT), with the peak heap in use during the runs. The header names the
 * garbage collector. Prints figures; asserts nothing.
 */
@Command(name = "schedule", mixinStandardHelpOptions = true,
        description = "Benchmark the CPM scheduler on generated networks.")
public final class ScheduleBenchCommand implements Callable<Integer> {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    @Spec
    CommandSpec spec;

    @Option(names = "--activities", split = ",", description = "network sizes (default 10000,100000,1000000)")
    List<Integer> sizes = new ArrayList<>(List.of(10_000, 100_000, 1_000_000));

    @Option(names = "--mpxj-max", description = "largest network given to MPXJ's scheduler (default ${DEFAULT-VALUE})")
    int mpxjMax = 20_000;

    @Option(names = "--repeat", description = "timed runs per figure (default ${DEFAULT-VALUE})")
    int repeat = 5;

    @Option(names = "--seed", description = "generator seed (default ${DEFAULT-VALUE})")
    long seed = 42;

    /** Wall, thread CPU and process CPU nanoseconds of each run, and the peak heap bytes over the runs. */
    record Runs(long[] wall, long[] cpu, long[] processCpu, long peakHeap) {

        static long median(long[] values) {
            long[] sorted = values.clone();
            Arrays.sort(sorted);
            return sorted[sorted.length / 2];
        }

        static long best(long[] values) {
            return Arrays.stream(values).min().orElse(0);
        }
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "max heap %d MB, %d processors, GC %s; times in ms as median / best of %d runs%n",
                Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getGarbageCollectorMXBeans().stream().map(b -> b.getName()).toList(), Math.max(1, repeat));
        out.printf("%-10s %-36s %19s %19s %19s %14s %10s%n", "activities", "measure", "wall (ms)", "cpu (ms)",
                "process cpu (ms)", "activities/s", "peak heap");
        warmUp();
        for (int n : sizes) {
            ScheduleInput input = NetworkGenerator.generate(n, seed);
            out.printf(Locale.ROOT, "%-10d %-36s %19s %19s %19s %14s %7d MB%n", n, "(input records retained)", "-", "-",
                    "-", "-", retainedHeap() >> 20);
            print(out, n, "sextant full (build network + passes)",
                    measure(repeat, () -> new CriticalPathScheduler().schedule(input)));
            IncrementalScheduler incremental = IncrementalScheduler.of(input);
            print(out, n, "sextant passes (built network)", measure(repeat, incremental::rescheduleAll));
            int[] edit = {0};
            Runs edits = measure(9, () -> {
                int k = edit[0]++;
                incremental.changeDuration(NetworkGenerator.id(n / 2 + k * 7), 480L * (2 + k % 5));
            });
            out.printf(Locale.ROOT, "%-10d %-36s %19s %19s %19s %14s %7d MB%n", n, "sextant incremental (one duration)",
                    times(edits.wall()), times(edits.cpu()), times(edits.processCpu()), "-", edits.peakHeap() >> 20);
            if (n <= mpxjMax) {
                ProjectFile file = MpxjNetworkBuilder.build(input);
                print(out, n, "mpxj MicrosoftScheduler", measure(Math.min(repeat, 3), () -> {
                    try {
                        new MicrosoftScheduler().schedule(file, NetworkGenerator.START);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }));
            } else {
                out.printf("%-10d %-36s %19s%n", n, "mpxj MicrosoftScheduler", "skipped (> --mpxj-max)");
            }
            out.flush();
        }
        return 0;
    }

    private void warmUp() {
        int size = Math.min(20_000, sizes.stream().mapToInt(Integer::intValue).max().orElse(20_000));
        ScheduleInput input = NetworkGenerator.generate(size, seed + 1);
        for (int k = 0; k < 10; k++) {
            new CriticalPathScheduler().schedule(input);
        }
    }

    private static Runs measure(int runs, Runnable task) {
        int count = Math.max(1, runs);
        long[] wall = new long[count];
        long[] cpu = new long[count];
        long[] processCpu = new long[count];
        System.gc();
        List<MemoryPoolMXBean> pools = heapPools();
        pools.forEach(MemoryPoolMXBean::resetPeakUsage);
        for (int k = 0; k < count; k++) {
            long p0 = OS.getProcessCpuTime();
            long c0 = THREADS.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            task.run();
            wall[k] = System.nanoTime() - t0;
            cpu[k] = THREADS.getCurrentThreadCpuTime() - c0;
            processCpu[k] = OS.getProcessCpuTime() - p0;
        }
        long peak = pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        return new Runs(wall, cpu, processCpu, peak);
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
    }

    private static long retainedHeap() {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static String times(long[] nanos) {
        return String.format(Locale.ROOT, "%8.1f / %8.1f", Runs.median(nanos) / 1e6, Runs.best(nanos) / 1e6);
    }

    private static void print(PrintWriter out, int n, String what, Runs runs) {
        out.printf(Locale.ROOT, "%-10d %-36s %19s %19s %19s %,14.0f %7d MB%n", n, what, times(runs.wall()),
                times(runs.cpu()), times(runs.processCpu()), n / (Runs.median(runs.wall()) / 1e9),
                runs.peakHeap() >> 20);
    }
}
