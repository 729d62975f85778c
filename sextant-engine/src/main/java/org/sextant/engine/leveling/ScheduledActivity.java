package org.sextant.engine.leveling;

/** Where leveling put an activity: it occupies periods {@code [start, finish)}. */
public record ScheduledActivity(ActivityId id, int start, int finish) {
}
