package org.sextant.engine.schedule;

/** The outcome of scheduling: a {@link Schedule}, or the {@link CycleDetected} that prevents one. */
public sealed interface ScheduleResult permits Schedule, CycleDetected {
}
