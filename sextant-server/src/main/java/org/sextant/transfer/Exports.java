package org.sextant.transfer;

import java.io.IOException;
import java.io.OutputStream;
import org.sextant.interchange.write.ExportFormat;
import org.sextant.project.ProjectId;

/** Export of a project the caller may read, in one of the {@link ExportFormat}s. */
public interface Exports {

    /** The file name for an export, e.g. "ERP-01.xml". Checks read access. */
    String fileName(ProjectId project, ExportFormat format);

    /** Writes the project to {@code out}. Checks read access. */
    void export(ProjectId project, ExportFormat format, OutputStream out) throws IOException;
}
