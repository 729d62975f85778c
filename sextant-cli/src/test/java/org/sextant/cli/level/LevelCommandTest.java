package org.sextant.cli.level;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.sextant.engine.leveling.Leveler;
import picocli.CommandLine;

class LevelCommandTest {

    private static final Path J30 = Path.of("../../shared/data/psplib/j30");

    @Test
    void benchmarkEndsWithTheMeanDeviationLine() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PsplibBenchmark.Summary summary = new PsplibBenchmark(Leveler.standard())
                .run(J30, 200, 1, 3, new PrintStream(bytes, true, StandardCharsets.UTF_8));

        String[] lines = bytes.toString(StandardCharsets.UTF_8).strip().split("\n");
        assertThat(summary.rows()).hasSize(3);
        assertThat(lines[lines.length - 1]).matches("mean deviation: \\d+\\.\\d\\d% \\(3 instances, \\d+\\.\\d+ s/instance\\)");
    }

    @Test
    void j30DeviationIsMeasuredAgainstTheProvenOptimum() throws IOException {
        PsplibBenchmark.Summary summary = new PsplibBenchmark(Leveler.standard())
                .run(J30, 200, 1, 1, new PrintStream(PrintStream.nullOutputStream()));
        assertThat(summary.rows().getFirst().instance()).isEqualTo("j301_1");
        assertThat(summary.rows().getFirst().reference()).isEqualTo(43);
        assertThat(summary.rows().getFirst().optimumReference()).isTrue();
    }

    @Test
    void instancesAreOrderedByParameterThenInstanceNumber() throws IOException {
        assertThat(PsplibBenchmark.instanceFiles(J30, 12)).extracting(p -> p.getFileName().toString())
                .startsWith("j301_1.sm", "j301_2.sm").contains("j301_10.sm").endsWith("j302_2.sm");
    }

    @Test
    void levelSubcommandRequiresADirectory() {
        CommandLine cli = new CommandLine(new LevelCommand());
        cli.setErr(new java.io.PrintWriter(java.io.Writer.nullWriter()));
        assertThat(cli.execute("--schedules", "10")).isNotZero();
    }
}
