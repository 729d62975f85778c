package org.sextant.engine.leveling;

/** An activity leveled to start {@code start - earlyStart} periods after its unleveled early start. */
public record Delay(ActivityId activity, int earlyStart, int start, DelayReason reason) {
    public int periods() {
        return start - earlyStart;
    }
}
