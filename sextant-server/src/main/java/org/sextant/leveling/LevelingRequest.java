package org.sextant.leveling;

/**
 * What a manager asks of a leveling run.
 *
 * @param policy    ALLOW_DELAY may move finish dates to remove every over-allocation; WITHIN_FLOAT keeps
 *                  every task within its float and reports what it cannot resolve
 * @param seed      the same plan, options and seed give the same proposal
 * @param schedules search effort in schedule generations (1 = the plain priority rule: project priority,
 *                  then task priority), 1..50,000
 */
public record LevelingRequest(Policy policy, long seed, int schedules) {

    public static final int MAX_SCHEDULES = 50_000;

    /** Whether leveling may delay finish dates. */
    public enum Policy { ALLOW_DELAY, WITHIN_FLOAT }

    public static LevelingRequest defaults() {
        return new LevelingRequest(Policy.ALLOW_DELAY, 1, 5_000);
    }
}
