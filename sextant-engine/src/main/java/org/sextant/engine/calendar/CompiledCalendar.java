package org.sextant.engine.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Working-minute arithmetic over one calendar by prefix sums.
 *
 * <p>Technique: for a window of days the calendar keeps {@code cum[d]}, the working minutes from an
 * anchor day to the start of day {@code d} (negative before the anchor), and the index of each day's
 * distinct {@link DayPattern}; each distinct pattern has per-minute tables (work before a minute of
 * the day, minute of the day of the r-th working minute). A working-minute index {@code w} is
 * therefore a global, stable coordinate: {@link #toWork(int)} is O(1), and {@link #startOf(int)} /
 * {@link #finishOf(int)} are O(1) amortised through a table from each block of 256 working minutes
 * to its day, followed by a scan over the (rare) short days inside a block. The
 * window starts at ±2 years around the anchor and doubles on demand between the years 1900 and 2300;
 * a calendar without any working time in that span is rejected with an {@link IllegalStateException}.
 *
 * <p>Two instants can have the same working index (Friday 17:00 and Monday 08:00): {@link #startOf}
 * returns the later one (where work starts) and {@link #finishOf} the earlier one (where work ends),
 * which is how MS Project and Primavera show starts and finishes.
 *
 * <p>Not thread-safe (the window grows lazily); create one per scheduling run.
 */
public final class CompiledCalendar {

    private static final int MIN_DAY = (int) LocalDate.of(1900, 1, 1).toEpochDay();
    private static final int MAX_DAY = (int) LocalDate.of(2300, 1, 1).toEpochDay();
    private static final int INITIAL_HALF_WINDOW = 731;

    private final String id;
    private final Function<LocalDate, DayPattern> rules;
    private final Map<DayPattern, Integer> patternIndex = new HashMap<>();
    private final List<DayPattern> patternList = new ArrayList<>();
    private int[] totals = new int[0];
    private int[][] workBefore = new int[0][];
    private int[][] startAt = new int[0][];
    private int[][] finishAt = new int[0][];
    private static final int BUCKET_SHIFT = 8;
    private int[] bucketDay = new int[0];
    private DayPattern lastPattern;
    private int lastPatternIndex;

    private int day0;
    private int days;
    private int[] cum;
    private int[] pattern;

    /** A compiled calendar over {@code rules}, whose working index is 0 at the start of {@code anchor}. */
    public CompiledCalendar(String id, Function<LocalDate, DayPattern> rules, LocalDate anchor) {
        this.id = id;
        this.rules = rules;
        int anchorDay = (int) anchor.toEpochDay();
        day0 = anchorDay;
        days = 0;
        cum = new int[] {0};
        pattern = new int[0];
        grow(anchorDay - INITIAL_HALF_WINDOW, anchorDay + INITIAL_HALF_WINDOW);
    }

    /** The calendar's id. */
    public String id() {
        return id;
    }

    /** Working minutes in {@code [anchor, t)}, negative before the anchor. O(1). */
    public int toWork(int t) {
        int day = Math.floorDiv(t, EpochMinutes.DAY);
        int d = day - day0;
        if (d < 0 || d >= days) {
            grow(day - 1, day + 1);
            d = day - day0;
        }
        return cum[d] + workBefore[pattern[d]][t - day * EpochMinutes.DAY];
    }

    /** The instant at which working minute {@code w} starts (the latest instant with index {@code w}). */
    public int startOf(int w) {
        int d = dayOfMinute(w);
        return (day0 + d) * EpochMinutes.DAY + startAt[pattern[d]][w - cum[d]];
    }

    /** The instant at which working minute {@code w - 1} ends (the earliest instant with index {@code w}). */
    public int finishOf(int w) {
        int d = dayOfMinute(w - 1);
        return (day0 + d) * EpochMinutes.DAY + finishAt[pattern[d]][w - cum[d]];
    }

    /** The window day {@code d} with {@code cum[d] <= x < cum[d + 1]}: a bucket lookup and a short scan. */
    private int dayOfMinute(int x) {
        while (x >= cum[days]) {
            grow(day0, day0 + days * 2 + 1);
        }
        while (x < cum[0]) {
            grow(day0 - days - 1, day0 + days);
        }
        int d = bucketDay[(x - cum[0]) >>> BUCKET_SHIFT];
        while (cum[d + 1] <= x) {
            d++;
        }
        return d;
    }

    /** The start of the first working minute at or after {@code t}. */
    public int nextStart(int t) {
        return startOf(toWork(t));
    }

    /** The end of the last working minute at or before {@code t}. */
    public int previousFinish(int t) {
        return finishOf(toWork(t));
    }

    /** Whether the minute just before {@code t} is working time. */
    public boolean workEndsAt(int t) {
        return toWork(t) != toWork(t - 1);
    }

    /** {@code t} moved by {@code minutes} of working time, landing on a start (for starts). */
    public int addToStart(int t, int minutes) {
        return startOf(toWork(t) + minutes);
    }

    /** {@code t} moved by {@code minutes} of working time, landing on a finish (for finishes). */
    public int addToFinish(int t, int minutes) {
        return finishOf(toWork(t) + minutes);
    }

    /** Working minutes between two instants ({@code to - from}, negative if {@code to} is earlier). */
    public int workBetween(int from, int to) {
        return toWork(to) - toWork(from);
    }

    private void grow(int wantFrom, int wantTo) {
        int from = Math.min(day0, wantFrom);
        int to = Math.max(day0 + days, wantTo);
        if (from < MIN_DAY || to > MAX_DAY) {
            from = Math.max(from, MIN_DAY);
            to = Math.min(to, MAX_DAY);
            if (from >= day0 && to <= day0 + days) {
                throw new IllegalStateException("calendar " + id
                        + " has no working time for this computation between 1900 and 2300");
            }
        }
        int newDays = to - from;
        int[] newCum = new int[newDays + 1];
        int[] newPattern = new int[newDays];
        int shift = day0 - from;
        System.arraycopy(pattern, 0, newPattern, shift, days);
        System.arraycopy(cum, 0, newCum, shift, days + 1);
        for (int d = shift - 1; d >= 0; d--) {
            newPattern[d] = indexOf(rules.apply(LocalDate.ofEpochDay(from + d)));
            newCum[d] = newCum[d + 1] - totals[newPattern[d]];
        }
        for (int d = shift + days; d < newDays; d++) {
            newPattern[d] = indexOf(rules.apply(LocalDate.ofEpochDay(from + d)));
            newCum[d + 1] = newCum[d] + totals[newPattern[d]];
        }
        day0 = from;
        days = newDays;
        cum = newCum;
        pattern = newPattern;
        int buckets = ((cum[days] - cum[0]) >>> BUCKET_SHIFT) + 1;
        bucketDay = new int[buckets];
        int d = 0;
        for (int b = 0; b < buckets; b++) {
            int x = cum[0] + (b << BUCKET_SHIFT);
            while (d < days - 1 && cum[d + 1] <= x) {
                d++;
            }
            bucketDay[b] = d;
        }
    }

    private static boolean isWorking(List<WorkingInterval> intervals, int minute) {
        for (WorkingInterval interval : intervals) {
            if (minute >= interval.startMinute() && minute < interval.endMinute()) {
                return true;
            }
        }
        return false;
    }

    private int indexOf(DayPattern day) {
        if (day == lastPattern) {
            return lastPatternIndex;
        }
        Integer index = patternIndex.get(day);
        if (index != null) {
            lastPattern = day;
            lastPatternIndex = index;
        }
        if (index != null) {
            return index;
        }
        int i = patternList.size();
        patternList.add(day);
        patternIndex.put(day, i);
        totals = Arrays.copyOf(totals, i + 1);
        workBefore = Arrays.copyOf(workBefore, i + 1);
        startAt = Arrays.copyOf(startAt, i + 1);
        finishAt = Arrays.copyOf(finishAt, i + 1);
        List<WorkingInterval> intervals = day.intervals();
        int total = day.workingMinutes();
        totals[i] = total;
        int[] before = new int[EpochMinutes.DAY + 1];
        int[] startTable = new int[total + 1];
        int[] finishTable = new int[total + 1];
        int w = 0;
        for (int m = 0; m < EpochMinutes.DAY; m++) {
            before[m] = w;
            if (isWorking(intervals, m)) {
                startTable[w] = m;
                w++;
                finishTable[w] = m + 1;
            }
        }
        before[EpochMinutes.DAY] = w;
        workBefore[i] = before;
        startAt[i] = startTable;
        finishAt[i] = finishTable;
        return i;
    }
}
