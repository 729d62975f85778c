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
 *   <li>One resource calendar is intersected with the task calendar. An activity given
 *       {@link org.sextant.engine.schedule.Assignment}s is work-driven, as MS Project schedules a task
 *       whose resources work on different calendars: each assignment starts at the activity's start,
 *       lasts work ÷ units (rounded to the minute) in its resource's calendar (intersected with the
 *       activity's own calendar when it has one), and the activity starts with its earliest and
 *       finishes with its latest assignment; late dates mirror this from the late finish. Links that
 *       drive its finish (FF/SF) use the activity's own duration.</li>
 *   <li>Free float is measured in the successor's calendar; total float in the activity's own.</li>
 *   <li>Late dates and total float of summaries are roll-ups of their children.</li>
 *   <li>Resource leveling, effort-driven recalculation of durations when assignments are added,
 *       assignment delays and contours, splits and manually scheduled tasks are not computed: manually
 *       scheduled, external, level-of-effort and hammock activities are pinned at their stored start by
 *       the interchange reader and excluded from parity.</li>
 *   <li>A file whose stored dates break its own links (an automatically scheduled, unstarted task
 *       without a constraint that may override links starts before the stored finish of a
 *       finish-to-start predecessor without lead) was never calculated by MS Project; the parity check
 *       says so and leaves it out of the rate ({@code ImportedSchedule.notCalculatedReason} in
 *       sextant-interchange).</li>
 * </ul>
 */
package org.sextant.engine.schedule;
