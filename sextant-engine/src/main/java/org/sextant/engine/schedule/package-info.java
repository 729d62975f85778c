/**
 * Critical path scheduling: the engine that computes early and late dates, floats, the critical path
 * and driving links of one or several projects joined by links.
 *
 * <p>Entry points: {@link org.sextant.engine.schedule.CriticalPathScheduler#schedule} takes an
 * immutable {@link org.sextant.engine.schedule.ScheduleInput} (projects, calendars, activities,
 * links, options) and returns a {@link org.sextant.engine.schedule.ScheduleResult}: either a
 * {@link org.sextant.engine.schedule.Schedule} or the {@link org.sextant.engine.schedule.CycleDetected}
 * that names a dependency loop. {@link org.sextant.engine.schedule.IncrementalScheduler} keeps a
 * compiled network for fast rescheduling after edits. Invalid input throws
 * {@link org.sextant.engine.schedule.InvalidScheduleException} naming the activity.
 *
 * <p>{@link org.sextant.engine.schedule.ScheduleOptions#microsoftProject()} and
 * {@link org.sextant.engine.schedule.ScheduleOptions#primavera()} select the rules in which the two
 * tools differ (lag calendar, constraints in the forward pass, progress, ALAP).
 *
 * <h2>Tolerances (what "matching" MS Project or Primavera means)</h2>
 * <ul>
 *   <li>Time is whole minutes: stored seconds are truncated, durations and lags are rounded to the
 *       minute (MS Project stores tenths of minutes; Primavera hours with fractions).</li>
 *   <li>Files that store dates without times (MPX with a date-only format) are compared by day.</li>
 *   <li>Percent lags are rounded to the minute of the predecessor's duration.</li>
 *   <li>An activity with several resources on different calendars uses its own calendar (MS Project
 *       schedules each assignment on its resource's calendar); one resource calendar is intersected
 *       with the task calendar.</li>
 *   <li>Free float is measured in the successor's calendar; total float in the activity's own.</li>
 *   <li>Late dates and total float of summaries are roll-ups of their children.</li>
 *   <li>Resource leveling, work-driven durations (work / units), splits and manually scheduled tasks
 *       are not computed: manually scheduled, external, level-of-effort and hammock activities are
 *       pinned at their stored start by the interchange reader and excluded from parity.</li>
 * </ul>
 */
package org.sextant.engine.schedule;
