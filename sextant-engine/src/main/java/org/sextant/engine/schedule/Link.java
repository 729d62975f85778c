package org.sextant.engine.schedule;

import java.util.Objects;

/** A dependency between two activities, possibly of different projects. */
public record Link(String predecessorId, String successorId, LinkType type, Lag lag) {

    public Link {
        Objects.requireNonNull(predecessorId, "predecessorId");
        Objects.requireNonNull(successorId, "successorId");
        Objects.requireNonNull(type, "type");
        lag = lag == null ? Lag.NONE : lag;
    }

    /** A finish-to-start link without lag. */
    public static Link finishToStart(String predecessorId, String successorId) {
        return new Link(predecessorId, successorId, LinkType.FINISH_TO_START, Lag.NONE);
    }
}
