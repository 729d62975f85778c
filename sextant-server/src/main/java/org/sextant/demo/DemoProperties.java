package org.sextant.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the demo organisation.
 *
 * @param enabled  generate it when the database has no portfolio yet
 * @param seed     seed of the random generator; the same seed gives the same organisation
 * @param password password of the demo users
 */
@ConfigurationProperties("sextant.demo")
public record DemoProperties(@DefaultValue("true") boolean enabled, @DefaultValue("20261122") long seed,
        @DefaultValue("sextant1") String password) {
}
