package org.sextant.capacity;

import java.time.LocalDate;
import java.util.function.ToIntFunction;

/**
 * The pure arithmetic of capacity versus demand, in hours per period of a {@link Periods} grid.
 * <ul>
 *   <li>capacity of a day = (the resource's working minutes that day − the minutes it is absent) × max
 *       units (part time), counted only between employment start and end (each inclusive, null =
 *       unbounded); an absence takes at most the day's working minutes;</li>
 *   <li>work over a date range (a task's assignment, an allocation in hours) is spread in proportion
 *       to the working minutes of each day of the range; a range with no working time at all puts the
 *       work evenly on its calendar days (the schedule said it happens then, so it must show);</li>
 *   <li>an allocation in percent asks for that share of the resource's capacity on each day of its
 *       range.</li>
 * </ul>
 * Work outside the horizon is dropped. Complexity O(days of the range ∩ horizon) per call.
 * Functions add into the given {@code hours} array (one slot per period) so a caller can sum many
 * sources without allocating.
 */
public final class CapacityArithmetic {

    private CapacityArithmetic() {
    }

    /** Minutes a resource is away on a day that has {@code workingMinutes} of working time. */
    @FunctionalInterface
    public interface Absent {

        /** Never away. */
        Absent NEVER = (day, workingMinutes) -> 0;

        int minutesOff(LocalDate day, int workingMinutes);
    }

    /**
     * A resource's availability: working minutes per day, units (1.0 = full time), employment bounds
     * and absences.
     */
    public record Availability(ToIntFunction<LocalDate> workingMinutes, double maxUnits, LocalDate employmentStart,
            LocalDate employmentEnd, Absent absent) {

        /** Availability without absences. */
        public Availability(ToIntFunction<LocalDate> workingMinutes, double maxUnits, LocalDate employmentStart,
                LocalDate employmentEnd) {
            this(workingMinutes, maxUnits, employmentStart, employmentEnd, Absent.NEVER);
        }

        boolean employed(LocalDate day) {
            return (employmentStart == null || !day.isBefore(employmentStart))
                    && (employmentEnd == null || !day.isAfter(employmentEnd));
        }

        /** Capacity in minutes on {@code day}. */
        public double minutes(LocalDate day) {
            if (!employed(day)) {
                return 0;
            }
            int working = workingMinutes.applyAsInt(day);
            int off = working == 0 ? 0 : Math.min(working, Math.max(0, absent.minutesOff(day, working)));
            return (working - off) * maxUnits;
        }
    }

    /** Adds the resource's capacity in hours to each period. */
    public static void addCapacity(double[] hours, Periods periods, Availability availability) {
        for (int d = 0; d < periods.days(); d++) {
            hours[periods.periodOfOffset(d)] += availability.minutes(periods.day(d)) / 60.0;
        }
    }

    /**
     * Adds {@code workHours} spread over {@code start..finish} (inclusive) in proportion to the
     * working minutes of each day; evenly over the calendar days when the range has no working time.
     */
    public static void addWork(double[] hours, Periods periods, ToIntFunction<LocalDate> workingMinutes,
            LocalDate start, LocalDate finish, double workHours) {
        if (workHours <= 0 || finish.isBefore(start)) {
            return;
        }
        long total = 0;
        for (LocalDate day = start; !day.isAfter(finish); day = day.plusDays(1)) {
            total += workingMinutes.applyAsInt(day);
        }
        int first = Math.max(0, periods.offset(start));
        int last = Math.min(periods.days() - 1, periods.offset(finish));
        if (total == 0) {
            double perDay = workHours / (periods.offset(finish) - periods.offset(start) + 1);
            for (int d = first; d <= last; d++) {
                hours[periods.periodOfOffset(d)] += perDay;
            }
            return;
        }
        for (int d = first; d <= last; d++) {
            int minutes = workingMinutes.applyAsInt(periods.day(d));
            if (minutes > 0) {
                hours[periods.periodOfOffset(d)] += workHours * minutes / total;
            }
        }
    }

    /** Adds {@code percent} % of the resource's capacity on each day of {@code start..finish}. */
    public static void addShare(double[] hours, Periods periods, Availability availability, LocalDate start,
            LocalDate finish, double percent) {
        int first = Math.max(0, periods.offset(start));
        int last = Math.min(periods.days() - 1, periods.offset(finish));
        for (int d = first; d <= last; d++) {
            hours[periods.periodOfOffset(d)] += availability.minutes(periods.day(d)) * percent / 100.0 / 60.0;
        }
    }
}
