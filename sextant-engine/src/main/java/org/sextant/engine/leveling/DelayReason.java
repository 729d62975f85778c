package org.sextant.engine.leveling;

/** Why leveling started an activity later than its unleveled early start. */
public sealed interface DelayReason {

    /**
     * At its earliest start allowed by its links, the activity would have needed {@code required}
     * units of {@code resource} in {@code period}, where only {@code available} were left.
     */
    record ResourceOverload(ResourceId resource, int period, int required, int available) implements DelayReason {
    }

    /** A predecessor that was itself delayed holds the activity back through their link. */
    record PredecessorDelayed(ActivityId predecessor) implements DelayReason {
    }
}
