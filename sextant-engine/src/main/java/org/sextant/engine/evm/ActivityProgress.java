package org.sextant.engine.evm;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Progress of one activity as of a status date.
 *
 * @param activityId the activity
 * @param started whether work has started (implied by a percent complete above 0)
 * @param percentComplete physical percent complete, 0 to 100; 100 means finished
 * @param estimateToComplete the project's estimate of the remaining cost (bottom-up ETC), if given;
 *        when absent, the remaining budget is assumed
 */
public record ActivityProgress(String activityId, boolean started, double percentComplete,
        OptionalDouble estimateToComplete) {

    public ActivityProgress {
        Objects.requireNonNull(activityId, "activityId");
        if (!(percentComplete >= 0 && percentComplete <= 100)) {
            throw new EarnedValueInputException(null, activityId,
                    "percent complete must be between 0 and 100, got " + percentComplete);
        }
        Objects.requireNonNull(estimateToComplete, "estimateToComplete");
        if (estimateToComplete.isPresent()
                && !(estimateToComplete.getAsDouble() >= 0 && Double.isFinite(estimateToComplete.getAsDouble()))) {
            throw new EarnedValueInputException(null, activityId,
                    "estimate to complete must be a finite amount of at least 0, got " + estimateToComplete.getAsDouble());
        }
        started = started || percentComplete > 0;
    }

    /** Progress by percent complete only (started when above 0, no own estimate to complete). */
    public static ActivityProgress percent(String activityId, double percentComplete) {
        return new ActivityProgress(activityId, percentComplete > 0, percentComplete, OptionalDouble.empty());
    }
}
