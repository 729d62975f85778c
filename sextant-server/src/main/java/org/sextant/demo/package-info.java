/**
 * Demo data: on the first start of an empty database, a believable organisation is generated from a
 * fixed seed (same data every time): departments, one user per role, skills and resources, calendars
 * with national holidays, portfolios, programs and projects in every lifecycle phase with scheduled
 * WBS, dependencies (a few across projects), assignments, progress and stakeholders. Everything is
 * created through the other features' APIs as the "system" user, so the same rules and audit trail
 * apply. Switch it off with {@code sextant.demo.enabled=false}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package org.sextant.demo;
