package org.sextant.report;

/** The PMO's health thresholds: everyone signed in reads them, PMO and admin change them (audited). */
public interface HealthSettings {

    HealthThresholds thresholds();

    /** Replaces the thresholds, which must be at {@code expectedVersion}; each limit is checked (422 naming it). */
    HealthThresholds update(long expectedVersion, HealthThresholds.Draft draft);
}
