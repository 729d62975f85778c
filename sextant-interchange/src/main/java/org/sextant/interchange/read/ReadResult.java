package org.sextant.interchange.read;

import org.sextant.interchange.model.InterchangeFile;

/** The outcome of reading a file: its content, or the problem that stopped it. */
public sealed interface ReadResult {

    record Read(InterchangeFile file) implements ReadResult {
    }

    record Refused(ReadProblem problem, String message) implements ReadResult {
    }

    static Refused refused(ReadProblem problem, String message) {
        return new Refused(problem, message);
    }
}
