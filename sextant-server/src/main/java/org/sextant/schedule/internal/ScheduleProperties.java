package org.sextant.schedule.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code sextant.schedule}.
 *
 * @param staleRecoveryInterval how often one replica looks for projects left stale (marked stale but
 *     never rescheduled, e.g. by a crash or by a change written outside the server) and reschedules
 *     them (default one minute; zero or negative turns the job off)
 * @param staleRecoveryBatch   most projects rescheduled by one run of that job (default 50)
 */
@ConfigurationProperties("sextant.schedule")
public record ScheduleProperties(Duration staleRecoveryInterval, Integer staleRecoveryBatch) {

    public ScheduleProperties {
        staleRecoveryInterval = staleRecoveryInterval == null ? Duration.ofMinutes(1) : staleRecoveryInterval;
        staleRecoveryBatch = staleRecoveryBatch == null ? 50 : staleRecoveryBatch;
        if (staleRecoveryBatch < 1) {
            throw new IllegalArgumentException("sextant.schedule.stale-recovery-batch must be at least 1, not "
                    + staleRecoveryBatch);
        }
    }
}
