package org.sextant.engine.leveling;

import java.util.Objects;

/** A renewable resource shared by the activities (of one or several projects) being leveled. */
public record Resource(ResourceId id, CapacityProfile capacity) {
    public Resource {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(capacity, "capacity");
    }

    /** A resource with the same capacity in every period. */
    public static Resource constant(String id, int units) {
        return new Resource(new ResourceId(id), CapacityProfile.constant(units));
    }
}
