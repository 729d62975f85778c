package org.sextant.engine.schedule;

import java.time.LocalDateTime;

/**
 * What has happened to an activity. {@code remainingMinutes} wins over {@code percentComplete} when
 * both are given; with neither, an activity with an actual start has its whole duration remaining.
 */
public record Progress(LocalDateTime actualStart, LocalDateTime actualFinish, Long remainingMinutes,
        Double percentComplete) {

    /** Not started. */
    public static final Progress NONE = new Progress(null, null, null, null);

    /** Whether the activity has started. */
    public boolean started() {
        return actualStart != null;
    }

    /** Whether the activity has finished. */
    public boolean finished() {
        return actualFinish != null;
    }
}
