package org.sextant.leveling;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code sextant.leveling}.
 *
 * @param workers threads that run leveling jobs on this replica (default 1; a job is CPU-bound)
 */
@ConfigurationProperties("sextant.leveling")
public record LevelingProperties(Integer workers) {

    public LevelingProperties {
        workers = workers == null || workers < 1 ? 1 : workers;
    }
}
