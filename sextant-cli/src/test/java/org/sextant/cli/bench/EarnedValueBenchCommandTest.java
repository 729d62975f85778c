package org.sextant.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.sextant.cli.SextantCli;
import picocli.CommandLine;

/** The earned value benchmark runs and prints its figures; it is never timed here. */
class EarnedValueBenchCommandTest {

    @Test
    void benchEvmPrintsTheRollUpAndProjectsPerSecond() {
        CommandLine cli = SextantCli.commandLine();
        StringWriter text = new StringWriter();
        cli.setOut(new PrintWriter(text));

        int exit = cli.execute("bench", "evm", "--projects", "3", "--activities", "10", "--warmup", "0", "--repeat", "1");

        assertThat(exit).isZero();
        assertThat(text.toString()).contains("portfolio: 3 projects x 10 activities").contains("projects/s");
    }
}
