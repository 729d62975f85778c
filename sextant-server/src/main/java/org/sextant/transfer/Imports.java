package org.sextant.transfer;

import java.io.IOException;
import java.io.InputStream;

/**
 * Import jobs. ADMIN, PMO, PROGRAM_MANAGER and PROJECT_MANAGER import; a job is seen and confirmed
 * by whoever uploaded it (and ADMIN). Reading and importing run on a small worker pool, never on the
 * request thread; the import itself is one transaction, so a failure leaves nothing behind.
 */
public interface Imports {

    /** Stores the file and starts analysing it; the job comes back ANALYSING (or REFUSED at once). */
    ImportJob upload(String fileName, InputStream content) throws IOException;

    /** Starts importing an analysed (READY) job. */
    ImportJob confirm(ImportJobId id, ImportOptions options);

    ImportJob get(ImportJobId id);
}
