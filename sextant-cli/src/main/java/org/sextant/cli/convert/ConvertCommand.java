package org.sextant.cli.convert;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sextant.interchange.model.InterchangeFile;
import org.sextant.interchange.model.ProjectData;
import org.sextant.interchange.read.InterchangeReader;
import org.sextant.interchange.read.ReadResult;
import org.sextant.interchange.write.ExportFormat;
import org.sextant.interchange.write.InterchangeWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Converts a project file to another format, chosen by the output file's extension. */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = "Convert a project file (MPP, MPX, MSPDI, XER, PMXML, ...) to .xml (MSPDI), .pmxml, .xer, "
                + ".mpx, .csv or .xlsx by the output file's extension.")
public final class ConvertCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", description = "the file to read")
    Path in;

    @Parameters(index = "1", description = "the file to write; its extension names the format")
    Path out;

    @Option(names = "--project", description = "which project of a multi-project file (0-based, default 0)")
    int project;

    @Option(names = "--max-bytes", description = "refuse input larger than this (default 50 MB)")
    long maxBytes = InterchangeReader.DEFAULT_MAX_BYTES;

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        var format = ExportFormat.ofFileName(out.getFileName().toString());
        if (format.isEmpty()) {
            stderr.println("unknown output format for " + out + " (use .xml, .pmxml, .xer, .mpx, .csv or .xlsx)");
            return 2;
        }
        ReadResult result = new InterchangeReader(maxBytes).read(in);
        if (result instanceof ReadResult.Refused refused) {
            stderr.println("cannot read " + in + ": " + refused.problem() + ": " + refused.message());
            return 1;
        }
        InterchangeFile file = ((ReadResult.Read) result).file();
        if (project < 0 || project >= file.projects().size()) {
            stderr.println(in + " holds " + file.projects().size() + " project(s); no project " + project);
            return 2;
        }
        ProjectData data = file.projects().get(project);
        try (OutputStream stream = Files.newOutputStream(out)) {
            new InterchangeWriter().write(data, format.get(), stream);
        }
        stdout.printf("%s (%s) -> %s (%s): %d tasks, %d links, %d resources, %d assignments, %d calendars%n", in,
                file.format(), out, format.get(), data.tasks().size(), data.links().size(), data.resources().size(),
                data.assignments().size(), data.calendars().size());
        if (file.projects().size() > 1) {
            stdout.printf("note: the file holds %d projects; wrote project %d (%s); choose with --project%n",
                    file.projects().size(), project, data.name());
        }
        for (InterchangeFile.Warning warning : file.warnings()) {
            stdout.printf("warning: %s (%d×)%n", warning.message(), warning.count());
        }
        return 0;
    }
}
