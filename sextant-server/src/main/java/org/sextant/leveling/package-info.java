/**
 * Resource leveling of a project, of all projects of a program, or of a portfolio scenario (a chosen
 * set of a portfolio's projects, by default its active ones; PMO and administrators only, ADR 0017) on
 * their shared resource pool, as a background job: the engine's leveler ({@code org.sextant.engine.leveling}, ADR 0005) computes a
 * proposal — per delayed task its new start and the resource and day that caused the delay, each
 * project's finish before and after, over-allocations before and after — which the manager accepts or
 * discards. Nothing changes until acceptance; accepting stores each delayed task's leveling start in
 * the schedule feature ({@link org.sextant.schedule.LevelingStarts}), so rescheduling keeps the leveled
 * plan, and is refused when the projects changed since the proposal was computed. Jobs live in
 * PostgreSQL ({@code leveling_job}) so any replica serves progress. Design: ADR 0010.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Leveling")
package org.sextant.leveling;
