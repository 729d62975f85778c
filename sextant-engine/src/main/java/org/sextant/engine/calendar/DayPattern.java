package org.sextant.engine.calendar;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The working intervals of one day, sorted and non-overlapping; no intervals means a non-working day.
 */
public record DayPattern(List<WorkingInterval> intervals) {

    /** A day without working time. */
    public static final DayPattern NON_WORKING = new DayPattern(List.of());
    /** Twenty-four working hours. */
    public static final DayPattern ALL_DAY = new DayPattern(List.of(new WorkingInterval(0, EpochMinutes.DAY)));
    /** 08:00-12:00 and 13:00-17:00, the MS Project standard day. */
    public static final DayPattern STANDARD = of("08:00-12:00", "13:00-17:00");

    public DayPattern {
        List<WorkingInterval> sorted = new ArrayList<>(intervals);
        sorted.sort(Comparator.comparingInt(WorkingInterval::startMinute));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).startMinute() < sorted.get(i - 1).endMinute()) {
                throw new IllegalArgumentException("working intervals overlap: " + sorted);
            }
        }
        intervals = List.copyOf(sorted);
    }

    /** A day from interval texts such as {@code "08:00-12:00"}. */
    public static DayPattern of(String... intervals) {
        List<WorkingInterval> list = new ArrayList<>();
        for (String text : intervals) {
            list.add(WorkingInterval.parse(text));
        }
        return new DayPattern(list);
    }

    /** The working time common to this day and {@code other}. */
    public DayPattern intersect(DayPattern other) {
        List<WorkingInterval> result = new ArrayList<>();
        for (WorkingInterval a : intervals) {
            for (WorkingInterval b : other.intervals) {
                int start = Math.max(a.startMinute(), b.startMinute());
                int end = Math.min(a.endMinute(), b.endMinute());
                if (start < end) {
                    result.add(new WorkingInterval(start, end));
                }
            }
        }
        return new DayPattern(result);
    }

    /** Whether the day has any working time. */
    public boolean isWorking() {
        return !intervals.isEmpty();
    }

    /** Total working minutes of the day. */
    public int workingMinutes() {
        int total = 0;
        for (WorkingInterval interval : intervals) {
            total += interval.minutes();
        }
        return total;
    }
}
