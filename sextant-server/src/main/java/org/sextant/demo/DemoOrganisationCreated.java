package org.sextant.demo;

import java.util.Random;

/**
 * Published inside the demo transaction once the core demo organisation (people, portfolios, programs,
 * scheduled projects, assignments) exists. Each feature that has demo data of its own (baselines,
 * progress, costs, timesheets, status reports, ...) listens for it in its {@code internal} package with
 * a synchronous {@code @EventListener} (ordered with {@code @Order} when one feature's demo data needs
 * another's) and adds its part through its own API, so the demo module never reaches into features
 * built after it. A listener that throws rolls the whole demo back: the organisation appears whole or
 * not at all.
 *
 * @param random the demo's seeded generator: draw from it, never from a new unseeded one, so the same
 *               seed gives the same organisation
 */
public record DemoOrganisationCreated(Random random) {
}
