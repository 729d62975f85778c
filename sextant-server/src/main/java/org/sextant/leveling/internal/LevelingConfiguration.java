package org.sextant.leveling.internal;

import org.sextant.leveling.LevelingProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;

/** The worker pool that runs leveling jobs, with the security context of the user who started each. */
@Configuration(proxyBeanMethods = false)
class LevelingConfiguration {

    @Bean
    ThreadPoolTaskExecutor levelingExecutor(LevelingProperties properties) {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(properties.workers());
        executor.setMaxPoolSize(properties.workers());
        executor.setQueueCapacity(50);
        executor.setThreadNamePrefix("leveling-");
        executor.setThreadPriority(Thread.NORM_PRIORITY - 1);
        executor.setTaskDecorator(DelegatingSecurityContextRunnable::new);
        executor.setWaitForTasksToCompleteOnShutdown(false);
        return executor;
    }
}
