package org.sextant.cli.bench;

import java.util.concurrent.Callable;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Runs the JMH benchmarks of the scheduling engine in-process ({@link ScheduleJmhBenchmark}). */
@Command(name = "jmh", mixinStandardHelpOptions = true, description = "Run the JMH benchmarks of the scheduler.")
public final class JmhBenchCommand implements Callable<Integer> {

    @Option(names = "--activities", split = ",", description = "network sizes (default 10000,100000,1000000)")
    String[] sizes = {"10000", "100000", "1000000"};

    @Override
    public Integer call() throws Exception {
        Options options = new OptionsBuilder().include(ScheduleJmhBenchmark.class.getSimpleName())
                .param("activities", sizes).forks(0).build();
        new Runner(options).run();
        return 0;
    }
}
