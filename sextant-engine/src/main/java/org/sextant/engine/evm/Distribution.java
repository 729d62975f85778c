package org.sextant.engine.evm;

/**
 * How an activity's budget is spread over its baseline working time, as the cumulative share
 * {@code F(x)} of the budget planned after the share {@code x} of its working time (both in [0, 1]).
 */
public enum Distribution {
    /** Even over working time: {@code F(x) = x}. */
    LINEAR,
    /** Most of the budget early: {@code F(x) = 1 - (1 - x)^2} (three quarters in the first half). */
    FRONT_LOADED,
    /** Most of the budget late: {@code F(x) = x^2} (one quarter in the first half). */
    BACK_LOADED;

    /** The cumulative share of the budget planned after the share {@code x} of the working time. */
    public double cumulative(double x) {
        return switch (this) {
            case LINEAR -> x;
            case FRONT_LOADED -> x * (2 - x);
            case BACK_LOADED -> x * x;
        };
    }
}
