package org.sextant.engine.leveling;

import java.util.Objects;

/**
 * How to level.
 *
 * @param policy         {@link DelayPolicy#ALLOW_DELAY} may push the finish out to remove every
 *                       over-allocation; {@link DelayPolicy#WITHIN_FLOAT} keeps every activity within
 *                       its float (the unleveled finish holds) and reports what it cannot resolve
 * @param scheduleBudget how many schedule generations the search may spend ({@code >= 1}); one
 *                       keeps the single priority-rule schedule
 * @param seed           seeds all randomness: the same problem, options and seed give the same result
 */
public record LevelingOptions(DelayPolicy policy, int scheduleBudget, long seed) {
    public LevelingOptions {
        Objects.requireNonNull(policy, "policy");
        if (scheduleBudget < 1) {
            throw new IllegalArgumentException("scheduleBudget must be >= 1: " + scheduleBudget);
        }
    }

    /** Allow delay, 5,000 schedules, seed 1. */
    public static LevelingOptions defaults() {
        return new LevelingOptions(DelayPolicy.ALLOW_DELAY, 5_000, 1L);
    }

    /** Whether leveling may move the project finish. */
    public enum DelayPolicy {
        ALLOW_DELAY,
        WITHIN_FLOAT
    }
}
