package org.sextant.engine.evm;

/** How progress earns an activity's budget (its "earning rule" or EV technique). */
public enum EarnedValueRule {
    /** Nothing until finished, then all: for short activities. */
    ZERO_HUNDRED,
    /** Half when started, the other half when finished. */
    FIFTY_FIFTY,
    /** The physical percent complete reported for the activity. */
    PHYSICAL_PERCENT_COMPLETE;

    /** The share (0 to 1) of the budget earned by {@code progress} (null: not started). */
    public double earnedShare(ActivityProgress progress) {
        if (progress == null) {
            return 0;
        }
        boolean finished = progress.percentComplete() >= 100;
        return switch (this) {
            case ZERO_HUNDRED -> finished ? 1 : 0;
            case FIFTY_FIFTY -> finished ? 1 : progress.started() ? 0.5 : 0;
            case PHYSICAL_PERCENT_COMPLETE -> progress.percentComplete() / 100;
        };
    }
}
