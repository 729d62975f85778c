package org.sextant.interchange.write;

import java.io.IOException;
import java.io.OutputStream;
import org.mpxj.ProjectFile;
import org.mpxj.mpx.MPXWriter;
import org.mpxj.mspdi.MSPDIWriter;
import org.mpxj.primavera.PrimaveraPMFileWriter;
import org.mpxj.primavera.PrimaveraXERFileWriter;
import org.mpxj.writer.ProjectWriter;
import org.sextant.interchange.model.ProjectData;

/** Writes a project in one of the {@link ExportFormat}s. Thread-safe; each call uses its own writers. */
public final class InterchangeWriter {

    public void write(ProjectData project, ExportFormat format, OutputStream out) throws IOException {
        switch (format) {
            case CSV -> new TaskListWriter().csv(project, out);
            case XLSX -> new TaskListWriter().xlsx(project, out);
            default -> {
                ProjectFile file = new ProjectFileBuilder().build(project);
                ProjectWriter writer = switch (format) {
                    case MSPDI -> new MSPDIWriter();
                    case MPX -> new MPXWriter();
                    case XER -> new PrimaveraXERFileWriter();
                    case PMXML -> new PrimaveraPMFileWriter();
                    default -> throw new IllegalStateException(format.name());
                };
                writer.write(file, out);
            }
        }
    }
}
