package org.sextant.cli.bench;

import picocli.CommandLine.Command;

/** Parent of the benchmark subcommands. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Benchmarks that print figures.",
        subcommands = {ScheduleBenchCommand.class, JmhBenchCommand.class, EarnedValueBenchCommand.class})
public final class BenchCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
