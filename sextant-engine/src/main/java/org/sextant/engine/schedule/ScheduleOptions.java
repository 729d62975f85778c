package org.sextant.engine.schedule;

/**
 * Settings that differ between the tools people use.
 *
 * @param lagCalendar which calendar measures working lags
 * @param lateConstraintsInForwardPass whether "no later than" constraints also pull early dates
 *     (MS Project honours constraint dates over links; Primavera applies them to late dates only)
 * @param progressMode retained logic or progress override
 * @param remainingFromStatusDate whether the remaining work of a started activity resumes at the
 *     status date (Primavera) rather than continuing from its actual start (MS Project)
 * @param unstartedAfterStatusDate whether activities that have not started start no earlier than
 *     the status date (Primavera)
 * @param criticalFloatMinutes total float at or below which an activity is critical
 * @param criticalBy float threshold or longest path
 * @param alapWithinFreeFloat whether ALAP activities only use their free float, keeping successors'
 *     early dates (Primavera), rather than moving to their late dates and pushing successors (MS Project)
 */
public record ScheduleOptions(LagCalendar lagCalendar, boolean lateConstraintsInForwardPass,
        ProgressMode progressMode, boolean remainingFromStatusDate, boolean unstartedAfterStatusDate,
        long criticalFloatMinutes, CriticalBy criticalBy, boolean alapWithinFreeFloat) {

    /** MS Project's behaviour: successor-calendar lags, constraints honoured over links. */
    public static ScheduleOptions microsoftProject() {
        return new ScheduleOptions(LagCalendar.SUCCESSOR, true, ProgressMode.RETAINED_LOGIC, false, false, 0,
                CriticalBy.TOTAL_FLOAT, false);
    }

    /** Primavera P6's defaults: predecessor-calendar lags, retained logic, data date honoured. */
    public static ScheduleOptions primavera() {
        return new ScheduleOptions(LagCalendar.PREDECESSOR, false, ProgressMode.RETAINED_LOGIC, true, true, 0,
                CriticalBy.TOTAL_FLOAT, true);
    }

    /** These options with another lag calendar. */
    public ScheduleOptions withLagCalendar(LagCalendar calendar) {
        return new ScheduleOptions(calendar, lateConstraintsInForwardPass, progressMode, remainingFromStatusDate,
                unstartedAfterStatusDate, criticalFloatMinutes, criticalBy, alapWithinFreeFloat);
    }

    /** These options with another progress mode. */
    public ScheduleOptions withProgressMode(ProgressMode mode) {
        return new ScheduleOptions(lagCalendar, lateConstraintsInForwardPass, mode, remainingFromStatusDate,
                unstartedAfterStatusDate, criticalFloatMinutes, criticalBy, alapWithinFreeFloat);
    }

    /** These options with another critical rule. */
    public ScheduleOptions withCritical(CriticalBy by, long floatMinutes) {
        return new ScheduleOptions(lagCalendar, lateConstraintsInForwardPass, progressMode, remainingFromStatusDate,
                unstartedAfterStatusDate, floatMinutes, by, alapWithinFreeFloat);
    }
}
