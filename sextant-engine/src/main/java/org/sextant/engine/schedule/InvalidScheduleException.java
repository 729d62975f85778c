package org.sextant.engine.schedule;

/** Input the scheduler cannot accept (negative duration, unknown calendar, ...); names the activity. */
public final class InvalidScheduleException extends IllegalArgumentException {

    private final String activityId;

    public InvalidScheduleException(String activityId, String message) {
        super(activityId == null ? message : "activity " + activityId + ": " + message);
        this.activityId = activityId;
    }

    /** The offending activity, or null when the problem is not an activity's. */
    public String activityId() {
        return activityId;
    }
}
