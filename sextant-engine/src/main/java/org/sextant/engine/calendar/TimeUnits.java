package org.sextant.engine.calendar;

/**
 * The project's conversion factors between duration units and working minutes (MS Project's "hours
 * per day", "hours per week" and "days per month"). Elapsed units always use 24 h / 7 d.
 */
public record TimeUnits(int minutesPerDay, int minutesPerWeek, int daysPerMonth) {

    /** 8 h/day, 40 h/week, 20 days/month. */
    public static final TimeUnits DEFAULT = new TimeUnits(480, 2400, 20);

    public TimeUnits {
        if (minutesPerDay <= 0 || minutesPerWeek <= 0 || daysPerMonth <= 0) {
            throw new IllegalArgumentException("time units must be positive");
        }
    }

    /** Working minutes in {@code days} working days. */
    public double days(double days) {
        return days * minutesPerDay;
    }

    /** Working minutes in {@code weeks} working weeks. */
    public double weeks(double weeks) {
        return weeks * minutesPerWeek;
    }

    /** Working minutes in {@code months} working months. */
    public double months(double months) {
        return months * daysPerMonth * (double) minutesPerDay;
    }
}
