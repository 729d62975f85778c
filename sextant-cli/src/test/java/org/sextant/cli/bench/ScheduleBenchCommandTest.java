package org.sextant.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.sextant.cli.SextantCli;
import org.sextant.engine.schedule.CriticalPathScheduler;
import org.sextant.engine.schedule.Schedule;
import org.sextant.engine.schedule.ScheduleInput;
import picocli.CommandLine;

class ScheduleBenchCommandTest {

    @Test
    void benchPrintsWallAndCpuTimeActivitiesPerSecondAndPeakHeapForSextantAndMpxj() {
        CommandLine cli = SextantCli.commandLine();
        StringWriter out = new StringWriter();
        cli.setOut(new PrintWriter(out));
        int exit = cli.execute("bench", "schedule", "--activities", "300", "--mpxj-max", "300", "--repeat", "1");
        assertThat(exit).isZero();
        assertThat(out.toString()).contains("wall (ms)").contains("cpu (ms)").contains("process cpu (ms)").contains("peak heap").contains("max heap")
                .contains("activities/s").contains("sextant passes").contains("sextant incremental")
                .contains("mpxj MicrosoftScheduler");
    }

    @Test
    void generatedNetworkHasOneToThreePredecessorsAndSomeConstraints() {
        ScheduleInput input = NetworkGenerator.generate(2_000, 1);
        assertThat(input.links().size()).isBetween(2_000, 6_000);
        long constrained = input.activities().stream().filter(a -> a.constraint().date() != null).count();
        assertThat(constrained).isBetween(50L, 150L);
        assertThat(new CriticalPathScheduler().schedule(input)).isInstanceOf(Schedule.class);
    }
}
