package org.sextant.transfer;

import java.util.List;

/**
 * An import: a file uploaded, analysed into a preview, then (once confirmed) imported.
 *
 * @param id         identity
 * @param fileName   the name the file was uploaded under
 * @param status     where it stands
 * @param progress   0..100 while importing
 * @param preview    what the file holds and what will not be kept (once analysed)
 * @param problem    why the file was refused or the import failed (a ReadProblem name or IMPORT_FAILED)
 * @param message    the detail of the problem
 * @param projectIds the projects created
 * @param programId  the program created for a file of several projects
 */
public record ImportJob(ImportJobId id, String fileName, Status status, int progress, ImportPreview preview,
        String problem, String message, List<Long> projectIds, Long programId) {

    public ImportJob {
        projectIds = projectIds == null ? List.of() : List.copyOf(projectIds);
    }

    public enum Status {
        /** The file is being read. */
        ANALYSING,
        /** Read; the preview waits for confirmation. */
        READY,
        /** The file cannot be imported; see problem and message. */
        REFUSED,
        /** Confirmed; the import runs. */
        IMPORTING,
        /** Imported; see projectIds. */
        DONE,
        /** The import failed and nothing was kept; see problem and message. */
        FAILED;

        public boolean finished() {
            return this == REFUSED || this == DONE || this == FAILED;
        }
    }
}
