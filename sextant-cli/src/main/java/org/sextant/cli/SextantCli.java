package org.sextant.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code sextant} command line: the engine and interchange without a server.
 * Each capability is its own subcommand class registered in {@link #subcommands()}.
 */
@Command(name = "sextant", mixinStandardHelpOptions = true, version = "Sextant 0.1.0",
        description = "Sextant project portfolio management: scheduling, leveling, conversion and benchmarks.")
public final class SextantCli implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line with every subcommand registered; tests use it too. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new SextantCli());
        for (Object sub : subcommands()) {
            cli.addSubcommand(sub);
        }
        return cli;
    }

    static Object[] subcommands() {
        return new Object[] {
                new org.sextant.cli.schedule.ScheduleCommand(),
                new org.sextant.cli.bench.BenchCommand(),
                new org.sextant.cli.level.LevelCommand(),
                new org.sextant.cli.convert.ConvertCommand(),
        };
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
