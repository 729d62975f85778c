package org.sextant.engine.schedule;

/** A link's lag (negative for a lead): {@code value} minutes or percent according to {@code unit}. */
public record Lag(double value, LagUnit unit) {

    /** No lag. */
    public static final Lag NONE = new Lag(0, LagUnit.WORKING_MINUTES);

    /** A lag of working minutes. */
    public static Lag working(double minutes) {
        return new Lag(minutes, LagUnit.WORKING_MINUTES);
    }

    /** A lag of elapsed minutes. */
    public static Lag elapsed(double minutes) {
        return new Lag(minutes, LagUnit.ELAPSED_MINUTES);
    }

    /** A lag of a percentage of the predecessor's duration. */
    public static Lag percent(double percent) {
        return new Lag(percent, LagUnit.PERCENT_OF_PREDECESSOR);
    }
}
