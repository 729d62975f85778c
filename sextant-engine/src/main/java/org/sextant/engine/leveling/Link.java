package org.sextant.engine.leveling;

import java.util.Objects;

/** A precedence link with a lag in periods (negative = lead). */
public record Link(ActivityId predecessor, ActivityId successor, LinkType type, int lag) {
    public Link {
        Objects.requireNonNull(predecessor, "predecessor");
        Objects.requireNonNull(successor, "successor");
        Objects.requireNonNull(type, "type");
    }

    /** A finish-to-start link without lag, the only kind PSPLIB uses. */
    public static Link finishToStart(ActivityId predecessor, ActivityId successor) {
        return new Link(predecessor, successor, LinkType.FINISH_TO_START, 0);
    }
}
