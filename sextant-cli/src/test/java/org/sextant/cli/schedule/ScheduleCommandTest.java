package org.sextant.cli.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.sextant.cli.SextantCli;
import picocli.CommandLine;

class ScheduleCommandTest {

    private static final Path CORPUS = Path.of("..", "..", "shared", "data", "schedules");

    private static String run(String... args) {
        CommandLine cli = SextantCli.commandLine();
        StringWriter out = new StringWriter();
        cli.setOut(new PrintWriter(out));
        int exit = cli.execute(args);
        assertThat(exit).isZero();
        return out.toString();
    }

    @Test
    void compareEndsWithTheParityLine() {
        Path file = CORPUS.resolve("msproject/task-links-project2003-mspdi.xml");
        assumeTrue(Files.exists(file), "corpus not present");
        String output = run("schedule", "--compare", file.toString());
        String last = output.strip().lines().reduce((a, b) -> b).orElse("");
        assertThat(last).matches("parity: \\d+/\\d+ tasks \\(\\d+\\.\\d%\\)");
        assertThat(last).isEqualTo("parity: 16/16 tasks (100.0%)");
    }

    @Test
    void aFileWhoseStoredDatesBreakItsOwnLinksIsReportedAsExcludedFromTheRate() {
        Path file = CORPUS.resolve("msproject/not_updated.xml");
        assumeTrue(Files.exists(file), "corpus not present");
        String last = run("schedule", "--compare", file.toString()).strip().lines().reduce((a, b) -> b).orElse("");
        assertThat(last).startsWith("parity: 1/5 tasks (20.0%) [excluded from the rate: stored dates never calculated")
                .contains("'Task 2' (2) starts 2000-01-27T08:00, before its finish-to-start predecessor 'Task 1' (1)");
    }

    @Test
    void vsMpxjPrintsTheFigureOfMpxjsScheduler() {
        Path file = CORPUS.resolve("primavera/SuccessorCalendar.xer");
        assumeTrue(Files.exists(file), "corpus not present");
        String output = run("schedule", "--vs-mpxj", file.toString());
        assertThat(output).contains("mpxj PrimaveraScheduler parity: ");
        assertThat(output.strip()).endsWith("parity: 1/1 tasks (100.0%)");
    }

    @Test
    void withoutCompareThePlanAndProjectFinishArePrinted() {
        Path file = CORPUS.resolve("msproject/task-links-project2003-mspdi.xml");
        assumeTrue(Files.exists(file), "corpus not present");
        assertThat(run("schedule", file.toString())).contains("project finish: 2014-11-03T17:00");
    }
}
