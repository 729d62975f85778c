package org.sextant.engine.schedule;

import java.time.LocalDateTime;
import java.util.Objects;

/** A constraint on an activity's dates; {@code date} is null only for ASAP and ALAP. */
public record Constraint(ConstraintType type, LocalDateTime date) {

    /** No constraint. */
    public static final Constraint ASAP = new Constraint(ConstraintType.AS_SOON_AS_POSSIBLE, null);

    public Constraint {
        Objects.requireNonNull(type, "type");
        if (date == null && type != ConstraintType.AS_SOON_AS_POSSIBLE && type != ConstraintType.AS_LATE_AS_POSSIBLE) {
            throw new IllegalArgumentException("constraint " + type + " needs a date");
        }
    }
}
