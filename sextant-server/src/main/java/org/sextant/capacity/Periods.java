package org.sextant.capacity;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * The columns of a capacity grid: the horizon {@code from..to} (inclusive) cut into days, weeks
 * (Monday to Sunday) or months. The first and last period are clipped to the horizon. Maps a day to
 * its column in O(1).
 */
public final class Periods {

    private final LocalDate from;
    private final LocalDate to;
    private final PeriodUnit unit;
    private final List<LocalDate> starts = new ArrayList<>();
    private final int[] periodOfDay;

    public Periods(LocalDate from, LocalDate to, PeriodUnit unit) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("horizon ends before it starts: " + from + ".." + to);
        }
        this.from = from;
        this.to = to;
        this.unit = unit;
        int days = (int) ChronoUnit.DAYS.between(from, to) + 1;
        periodOfDay = new int[days];
        LocalDate day = from;
        for (int d = 0; d < days; d++, day = day.plusDays(1)) {
            if (d == 0 || isPeriodStart(day)) {
                starts.add(day);
            }
            periodOfDay[d] = starts.size() - 1;
        }
    }

    private boolean isPeriodStart(LocalDate day) {
        return switch (unit) {
            case DAY -> true;
            case WEEK -> day.getDayOfWeek() == DayOfWeek.MONDAY;
            case MONTH -> day.getDayOfMonth() == 1;
        };
    }

    public LocalDate from() {
        return from;
    }

    public LocalDate to() {
        return to;
    }

    public PeriodUnit unit() {
        return unit;
    }

    public int count() {
        return starts.size();
    }

    public int days() {
        return periodOfDay.length;
    }

    /** First day of period {@code p} (clipped to the horizon). */
    public LocalDate start(int p) {
        return starts.get(p);
    }

    /** Last day of period {@code p} (clipped to the horizon). */
    public LocalDate finish(int p) {
        return p + 1 < starts.size() ? starts.get(p + 1).minusDays(1) : to;
    }

    /** The day at offset {@code d} from the horizon start. */
    public LocalDate day(int d) {
        return from.plusDays(d);
    }

    /** Offset of {@code day} from the horizon start (negative or past the end when outside). */
    public int offset(LocalDate day) {
        return (int) ChronoUnit.DAYS.between(from, day);
    }

    /** The period of the day at offset {@code d} (0 ≤ d < days()). */
    public int periodOfOffset(int d) {
        return periodOfDay[d];
    }

    /** A short label: the date for days, ISO week start for weeks, yyyy-MM for months. */
    public String label(int p) {
        LocalDate start = start(p);
        return switch (unit) {
            case DAY -> start.toString();
            case WEEK -> start.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).toString();
            case MONTH -> start.toString().substring(0, 7);
        };
    }
}
