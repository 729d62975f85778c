package org.sextant.transfer.internal;

import org.sextant.transfer.TransferProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;

/** The worker pool that analyses and imports files, with the uploader's security context. */
@Configuration(proxyBeanMethods = false)
class TransferConfiguration {

    @Bean
    ThreadPoolTaskExecutor transferExecutor(TransferProperties properties) {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(properties.workers());
        executor.setMaxPoolSize(properties.workers());
        executor.setQueueCapacity(100);
        executor.setThreadNamePrefix("transfer-");
        executor.setThreadPriority(Thread.NORM_PRIORITY - 1);
        executor.setTaskDecorator(DelegatingSecurityContextRunnable::new);
        executor.setWaitForTasksToCompleteOnShutdown(false);
        return executor;
    }
}
