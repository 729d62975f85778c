package org.sextant.schedule.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Runs {@link StaleScheduleRecovery} every {@code sextant.schedule.stale-recovery-interval} (fixed
 * delay, first run one interval after start-up). A failed run is logged and retried at the next one.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class StaleRecoveryScheduling implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(StaleRecoveryScheduling.class);

    private final StaleScheduleRecovery recovery;
    private final ScheduleProperties properties;

    StaleRecoveryScheduling(StaleScheduleRecovery recovery, ScheduleProperties properties) {
        this.recovery = recovery;
        this.properties = properties;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        if (properties.staleRecoveryInterval().isNegative() || properties.staleRecoveryInterval().isZero()) {
            return;
        }
        registrar.addFixedDelayTask(new org.springframework.scheduling.config.FixedDelayTask(this::runOnce,
                properties.staleRecoveryInterval(), properties.staleRecoveryInterval()));
    }

    private void runOnce() {
        try {
            recovery.recoverStaleProjects();
        } catch (RuntimeException e) {
            log.warn("Recovering stale schedules failed; retrying at the next run", e);
        }
    }
}
