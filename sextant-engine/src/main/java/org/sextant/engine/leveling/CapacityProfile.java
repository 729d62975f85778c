package org.sextant.engine.leveling;

import java.util.List;

/**
 * A resource's capacity per period: {@code defaultUnits} everywhere except in the listed periods.
 * Later entries win where periods overlap. PSPLIB instances use {@link #constant(int)}.
 */
public record CapacityProfile(int defaultUnits, List<CapacityPeriod> exceptions) {
    public CapacityProfile {
        if (defaultUnits < 0) {
            throw new IllegalArgumentException("defaultUnits must be >= 0: " + defaultUnits);
        }
        exceptions = List.copyOf(exceptions);
    }

    /** The same capacity in every period. */
    public static CapacityProfile constant(int units) {
        return new CapacityProfile(units, List.of());
    }

    /** Capacity in one period. */
    public int unitsAt(int period) {
        int units = defaultUnits;
        for (CapacityPeriod p : exceptions) {
            if (period >= p.from() && period < p.to()) {
                units = p.units();
            }
        }
        return units;
    }

    /** First period from which capacity is {@link #defaultUnits()} for good. */
    public int constantFrom() {
        int end = 0;
        for (CapacityPeriod p : exceptions) {
            end = Math.max(end, p.to());
        }
        return end;
    }
}
