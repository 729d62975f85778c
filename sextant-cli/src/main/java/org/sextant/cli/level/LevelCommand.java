package org.sextant.cli.level;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sextant.engine.leveling.Leveler;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sextant level --psplib DIR --schedules N [--seed S] [--limit K]}: the PSPLIB benchmark. */
@Command(name = "level", mixinStandardHelpOptions = true,
        description = "Level PSPLIB instances and print the deviation from the optimum (j30) or critical-path bound (j120).")
public final class LevelCommand implements Callable<Integer> {

    @Option(names = "--psplib", required = true, paramLabel = "DIR", description = "directory of .sm instances")
    Path psplib;

    @Option(names = "--schedules", defaultValue = "5000", paramLabel = "N", description = "schedules per instance (default ${DEFAULT-VALUE})")
    int schedules;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "random seed (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--limit", defaultValue = "0", paramLabel = "K", description = "level only the first K instances (0 = all)")
    int limit;

    @Override
    public Integer call() throws Exception {
        new PsplibBenchmark(Leveler.standard()).run(psplib, schedules, seed, limit, System.out);
        return 0;
    }
}
