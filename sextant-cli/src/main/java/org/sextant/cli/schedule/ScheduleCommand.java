package org.sextant.cli.schedule;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sextant.engine.schedule.ActivitySchedule;
import org.sextant.engine.schedule.CriticalPathScheduler;
import org.sextant.engine.schedule.CycleDetected;
import org.sextant.engine.schedule.Schedule;
import org.sextant.engine.schedule.ScheduleResult;
import org.sextant.interchange.schedule.ImportedSchedule;
import org.sextant.interchange.schedule.MpxjScheduleReader;
import org.sextant.interchange.schedule.ParityCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Schedules a project file and optionally compares the result with the dates stored in it. */
@Command(name = "schedule", mixinStandardHelpOptions = true,
        description = "Schedule a project file (any format MPXJ reads) with the Sextant engine.")
public final class ScheduleCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", description = "the project file (MPP, MSPDI, MPX, XER, PMXML, ...)")
    Path file;

    @Option(names = "--compare", description = "compare with the dates stored in the file and print the parity")
    boolean compare;

    @Option(names = "--vs-mpxj", description = "also print the parity of MPXJ's own scheduler")
    boolean vsMpxj;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        ImportedSchedule imported = new MpxjScheduleReader().read(file);
        ScheduleResult result = new CriticalPathScheduler().schedule(imported.input());
        if (result instanceof CycleDetected cycle) {
            out.println("cycle: " + String.join(" -> ", cycle.activityIds()));
            return 2;
        }
        Schedule schedule = (Schedule) result;
        if (!compare && !vsMpxj) {
            out.printf("%-10s %-40s %-16s %-16s %8s %s%n", "id", "name", "start", "finish", "float(h)", "critical");
            for (int i = 0; i < schedule.size(); i++) {
                ActivitySchedule a = schedule.activity(i);
                out.printf("%-10s %-40.40s %-16s %-16s %8.1f %s%n", a.id(), imported.input().activities().get(i).name(),
                        a.start(), a.finish(), a.totalFloatMinutes() / 60.0, a.critical() ? "*" : "");
            }
            out.println("project finish: " + schedule.projectFinish(imported.input().projects().get(0).id()));
            return 0;
        }
        ParityCheck.Report ours = ParityCheck.sextant(imported);
        for (ParityCheck.Mismatch mismatch : ours.mismatches()) {
            out.printf("mismatch %s %-30.30s %-22s expected %s, got %s%n", mismatch.id(), mismatch.name(),
                    mismatch.field(), mismatch.expected(), mismatch.actual());
        }
        if (ours.failure() != null) {
            out.println(ours.failure());
        }
        if (vsMpxj) {
            ParityCheck.Report theirs = ParityCheck.mpxj(file);
            String tool = imported.tool() == ImportedSchedule.SourceTool.PRIMAVERA ? "PrimaveraScheduler" : "MicrosoftScheduler";
            out.println("mpxj " + tool + " " + theirs.line() + (theirs.failure() == null ? "" : "  [" + theirs.failure() + "]"));
        }
        out.println(ours.line());
        return 0;
    }
}
