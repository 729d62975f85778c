package org.sextant.leveling.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.sextant.engine.calendar.CalendarRules;

/**
 * The leveling grid: period {@code p} is the {@code p}-th working day of one calendar (the project's,
 * or the standard week for a program) from the origin. Maps a date to the first period on or after it
 * in O(log n); past the precomputed days it extends itself.
 */
final class WorkingDays {

    /** Never look further than this for working days (ten years of a five-day week). */
    static final int MAX_PERIODS = 2_600;

    private final CalendarRules rules;
    private final String calendar;
    private final LocalDate origin;
    private final List<LocalDate> days = new ArrayList<>();
    private final List<Integer> minutes = new ArrayList<>();
    private long[] epochDays = new long[0];

    WorkingDays(CalendarRules rules, String calendar, LocalDate origin) {
        this.rules = rules;
        this.calendar = calendar;
        this.origin = origin;
        extendTo(260);
    }

    private void extendTo(int count) {
        if (days.size() >= count) {
            return;
        }
        LocalDate day = days.isEmpty() ? origin : days.get(days.size() - 1).plusDays(1);
        int idle = 0;
        while (days.size() < Math.min(count, MAX_PERIODS) && idle < 3_660) {
            int working = rules.dayPattern(calendar, day).workingMinutes();
            if (working > 0) {
                days.add(day);
                minutes.add(working);
                idle = 0;
            } else {
                idle++;
            }
            day = day.plusDays(1);
        }
        if (days.isEmpty()) {
            throw new IllegalStateException("calendar " + calendar + " has no working time after " + origin);
        }
        epochDays = days.stream().mapToLong(LocalDate::toEpochDay).toArray();
    }

    LocalDate origin() {
        return origin;
    }

    /** The day of period {@code p}. */
    LocalDate date(int p) {
        extendTo(p + 1);
        return days.get(Math.min(p, days.size() - 1));
    }

    /** Working minutes of the grid calendar in period {@code p}. */
    int minutes(int p) {
        extendTo(p + 1);
        return minutes.get(Math.min(p, minutes.size() - 1));
    }

    /** The first period on or after {@code day} (0 for days before the origin). */
    int period(LocalDate day) {
        if (!day.isAfter(origin)) {
            return 0;
        }
        while (day.toEpochDay() > epochDays[epochDays.length - 1] && days.size() < MAX_PERIODS) {
            int before = days.size();
            extendTo(before * 2);
            if (days.size() == before) {
                break;
            }
        }
        int i = Arrays.binarySearch(epochDays, day.toEpochDay());
        return i >= 0 ? i : Math.min(-i - 1, epochDays.length - 1);
    }

    /** The period a moment falls in: its day's period, or the next one when it is at or past the day's end. */
    int period(LocalDateTime moment) {
        int p = period(moment.toLocalDate());
        LocalDate day = date(p);
        if (day.equals(moment.toLocalDate()) && moment.toLocalTime().toSecondOfDay() / 60
                >= rules.dayPattern(calendar, day).intervals().getLast().endMinute()) {
            return p + 1;
        }
        return p;
    }

    /** Working minutes of {@code calendar} (a resource's own) on {@code day}. */
    int minutes(String calendarId, LocalDate day) {
        return rules.dayPattern(calendarId, day).workingMinutes();
    }
}
