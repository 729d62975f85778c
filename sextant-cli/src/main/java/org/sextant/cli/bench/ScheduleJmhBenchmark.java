package org.sextant.cli.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.sextant.engine.schedule.CriticalPathScheduler;
import org.sextant.engine.schedule.IncrementalScheduler;
import org.sextant.engine.schedule.ScheduleInput;
import org.sextant.engine.schedule.ScheduleResult;

/**
 * JMH benchmark of the CPM engine on {@link NetworkGenerator} networks: a full schedule from the
 * input records, the passes alone on a compiled network, and an incremental reschedule after one
 * duration change. Run it with {@code sextant bench jmh} (in-process, no fork, because the CLI is a
 * nested jar) or from an IDE.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(0)
public class ScheduleJmhBenchmark {

    @Param({"10000", "100000", "1000000"})
    public int activities;

    private ScheduleInput input;
    private IncrementalScheduler incremental;
    private int flip;

    @Setup(Level.Trial)
    public void setUp() {
        input = NetworkGenerator.generate(activities, 42);
        incremental = IncrementalScheduler.of(input);
    }

    /** Compile the input and run every pass. */
    @Benchmark
    public ScheduleResult fullSchedule() {
        return new CriticalPathScheduler().schedule(input);
    }

    /** Every pass over an already compiled network. */
    @Benchmark
    public IncrementalScheduler passesOnCompiledNetwork() {
        incremental.rescheduleAll();
        return incremental;
    }

    /** One duration change in the middle of the network, rescheduled incrementally. */
    @Benchmark
    public IncrementalScheduler incrementalAfterOneDurationChange() {
        flip ^= 1;
        incremental.changeDuration(NetworkGenerator.id(activities / 2), 480L * (2 + flip));
        return incremental;
    }
}
