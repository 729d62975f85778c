/**
 * Resource leveling: resource-constrained scheduling of the activities of one project, or of several
 * projects sharing a resource pool, so that no resource is loaded beyond its capacity in any period.
 *
 * <p>The input is an immutable {@link org.sextant.engine.leveling.LevelingProblem}: activities with
 * durations in periods, per-resource demands, release dates, fixed starts for work already in progress
 * and project/task priorities; FS/SS/FF/SF links with lags; resources whose capacity may vary by period
 * (calendars, part time, vacations). {@link org.sextant.engine.leveling.Leveler#level} returns a
 * {@link org.sextant.engine.leveling.LevelingResult}: the leveled schedule with every delay explained
 * (the resource and period that blocked the activity, or the delayed predecessor holding it back), or a
 * refusal carrying its evidence (the activities of a link cycle, a demand no capacity can ever meet).
 * With "level within float" the unleveled finish holds and what cannot be resolved is reported. A
 * {@link org.sextant.engine.leveling.LevelingMonitor} lets a background job show progress and cancel.
 *
 * <p>The algorithm, chosen by measurement on the PSPLIB benchmark (ADR 0005), is an activity-list
 * genetic algorithm decoding with the serial schedule generation scheme and improving every schedule by
 * forward-backward justification; see {@link org.sextant.engine.leveling.GeneticLeveler}. Internals work
 * on int arrays ({@code Network}); the package depends on the JDK only. The sub-package {@code psplib}
 * reads the benchmark instances and their reference makespans.
 */
package org.sextant.engine.leveling;
