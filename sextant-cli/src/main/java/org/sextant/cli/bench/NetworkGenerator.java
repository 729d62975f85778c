package org.sextant.cli.bench;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.sextant.engine.calendar.CalendarDefinition;
import org.sextant.engine.calendar.CalendarException;
import org.sextant.engine.schedule.Activity;
import org.sextant.engine.schedule.Constraint;
import org.sextant.engine.schedule.ConstraintType;
import org.sextant.engine.schedule.Lag;
import org.sextant.engine.schedule.Link;
import org.sextant.engine.schedule.LinkType;
import org.sextant.engine.schedule.Project;
import org.sextant.engine.schedule.ScheduleInput;
import org.sextant.engine.schedule.ScheduleOptions;

/**
 * Generates benchmark networks: a 5-day calendar with ten holidays a year, activities of 1–10 days,
 * arranged in 200 layers (a project some four years long whatever its size), each activity with 1–3
 * predecessors drawn from the previous layer, link types 70% FS, 15% SS, 10% FF,
 * 5% SF, a third of the links with a lag of −1..+3 days, and 5% of the activities constrained (SNET
 * or FNLT). Links refer to the activities' own id strings, as an input model built from one table
 * of activities does. Deterministic for a given seed.
 */
public final class NetworkGenerator {

    private static final int LAYERS = 200;
    private static final Lag[] LAGS = {Lag.working(-480), Lag.working(480), Lag.working(960), Lag.working(1440)};

    /** Project start of generated networks. */
    public static final LocalDateTime START = LocalDateTime.of(2026, 1, 5, 8, 0);

    private NetworkGenerator() {
    }

    /** Generated activity {@code i} as the benchmarks name it. */
    public static String id(int i) {
        return "A" + i;
    }

    /** The calendar's holidays: ten fixed dates a year for 2026-2060. */
    public static List<CalendarException> holidays() {
        List<CalendarException> holidays = new ArrayList<>();
        for (int year = 2026; year <= 2060; year++) {
            for (int[] md : new int[][] {{1, 1}, {1, 19}, {2, 16}, {5, 25}, {7, 3}, {9, 7}, {10, 12}, {11, 11},
                    {11, 26}, {12, 25}}) {
                holidays.add(CalendarException.holiday(LocalDate.of(year, md[0], md[1])));
            }
        }
        return holidays;
    }

    /** A network of {@code n} activities. */
    public static ScheduleInput generate(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Activity> activities = new ArrayList<>(n);
        List<Link> links = new ArrayList<>(n * 2);
        String[] ids = new String[n];
        for (int i = 0; i < n; i++) {
            long duration = (1 + random.nextInt(10)) * 480L;
            ids[i] = id(i);
            Activity activity = Activity.of(ids[i], "p", duration);
            if (random.nextInt(100) < 5) {
                LocalDateTime date = START.plusDays(random.nextInt(1500));
                activity = activity.withConstraint(new Constraint(random.nextBoolean()
                        ? ConstraintType.START_NO_EARLIER_THAN : ConstraintType.FINISH_NO_LATER_THAN, date));
            }
            activities.add(activity);
            int layer = (int) ((long) i * LAYERS / n);
            if (layer == 0) {
                continue;
            }
            int from = (int) (((long) (layer - 1) * n + LAYERS - 1) / LAYERS);
            int to = (int) (((long) layer * n + LAYERS - 1) / LAYERS);
            int window = Math.max(1, to - from);
            int predecessors = 1 + random.nextInt(3);
            int first = from + random.nextInt(window);
            for (int k = 0; k < predecessors; k++) {
                int p = k == 0 ? first : from + random.nextInt(window);
                if (k > 0 && p == first) {
                    continue;
                }
                int roll = random.nextInt(100);
                LinkType type = roll < 70 ? LinkType.FINISH_TO_START : roll < 85 ? LinkType.START_TO_START
                        : roll < 95 ? LinkType.FINISH_TO_FINISH : LinkType.START_TO_FINISH;
                Lag lag = random.nextInt(3) == 0 ? LAGS[random.nextInt(LAGS.length)] : Lag.NONE;
                links.add(new Link(ids[p], ids[i], type, lag));
            }
        }
        return new ScheduleInput(List.of(Project.of("p", START, "std")),
                List.of(CalendarDefinition.standard("std", holidays())), activities, links,
                ScheduleOptions.microsoftProject());
    }
}
