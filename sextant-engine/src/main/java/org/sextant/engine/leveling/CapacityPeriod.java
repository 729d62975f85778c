package org.sextant.engine.leveling;

/**
 * A stretch of periods {@code [from, to)} during which a resource's capacity differs from its
 * default, e.g. a vacation (0), a part-time week (lower) or overtime (higher).
 */
public record CapacityPeriod(int from, int to, int units) {
    public CapacityPeriod {
        if (from < 0 || to < from) {
            throw new IllegalArgumentException("need 0 <= from <= to: [" + from + ", " + to + ")");
        }
        if (units < 0) {
            throw new IllegalArgumentException("units must be >= 0: " + units);
        }
    }
}
