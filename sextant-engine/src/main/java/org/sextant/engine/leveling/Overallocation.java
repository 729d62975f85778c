package org.sextant.engine.leveling;

/**
 * An over-allocation leveling could not remove (only with {@code WITHIN_FLOAT}): {@code activity}
 * needs {@code required} units of {@code resource} in {@code period} where {@code available} remain.
 */
public record Overallocation(ActivityId activity, ResourceId resource, int period, int required, int available) {
}
