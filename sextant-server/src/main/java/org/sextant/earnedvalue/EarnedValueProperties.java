package org.sextant.earnedvalue;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of earned value ({@code sextant.earned-value.*}).
 *
 * @param parallelReads how many threads read the projects of a program or portfolio roll-up at once
 *                      (each takes a database connection while it reads); 1 reads them one by one
 */
@ConfigurationProperties("sextant.earned-value")
public record EarnedValueProperties(Integer parallelReads) {

    public EarnedValueProperties {
        parallelReads = parallelReads == null ? 4 : Math.max(1, Math.min(16, parallelReads));
    }
}
