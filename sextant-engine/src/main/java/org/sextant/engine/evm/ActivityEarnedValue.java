package org.sextant.engine.evm;

/** One activity's figures at the status date, for variance per task. */
public record ActivityEarnedValue(String activityId, double budgetAtCompletion, double plannedValue, double earnedValue,
        double actualCost) {

    /** EV - PV. */
    public double scheduleVariance() {
        return earnedValue - plannedValue;
    }

    /** EV - AC. */
    public double costVariance() {
        return earnedValue - actualCost;
    }
}
