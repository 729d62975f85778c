package org.sextant.cli.bench;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import org.sextant.engine.evm.ActivityProgress;
import org.sextant.engine.evm.ActualCost;
import org.sextant.engine.evm.BaselineActivity;
import org.sextant.engine.evm.Distribution;
import org.sextant.engine.evm.EarnedValueProject;
import org.sextant.engine.evm.EarnedValueRule;
import org.sextant.engine.evm.ProgressSnapshot;

/**
 * Generates a portfolio of projects for the earned value benchmark: projects start during 2026 and
 * last up to a year, so the portfolio spans about two years of weekly periods. Activities have
 * random weekday baselines (08:00-17:00), budgets, distributions and earning rules; progress follows
 * the baseline with random slippage, reported at the status date and at the three previous month
 * ends; each started activity has up to four actual costs. Seeded, reproducible.
 */
final class EarnedValueBenchPortfolio {

    static final LocalDate FIRST_START = LocalDate.of(2026, 1, 5);
    static final LocalDate STATUS = LocalDate.of(2026, 12, 31);
    static final String CALENDAR = "standard";

    private EarnedValueBenchPortfolio() {
    }

    static List<EarnedValueProject> generate(int projects, int activities, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<EarnedValueProject> result = new ArrayList<>(projects);
        for (int p = 0; p < projects; p++) {
            result.add(project("P" + p, activities, random));
        }
        return result;
    }

    private static EarnedValueProject project(String name, int count, SplittableRandom random) {
        LocalDate projectStart = FIRST_START.plusDays(random.nextInt(360));
        List<BaselineActivity> activities = new ArrayList<>(count);
        List<ActivityProgress> now = new ArrayList<>();
        List<List<ActivityProgress>> earlier = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        List<LocalDate> earlierDates = List.of(STATUS.minusMonths(3).withDayOfMonth(1).minusDays(1),
                STATUS.minusMonths(2).withDayOfMonth(1).minusDays(1), STATUS.minusMonths(1).withDayOfMonth(1).minusDays(1));
        List<ActualCost> actuals = new ArrayList<>();
        double pace = 0.7 + 0.5 * random.nextDouble();
        for (int i = 0; i < count; i++) {
            String id = name + "-A" + i;
            LocalDate start = weekday(projectStart.plusDays(random.nextInt(330)));
            LocalDate finish = weekday(start.plusDays(random.nextInt(40)));
            double budget = 1_000 + random.nextInt(49_000);
            Distribution distribution = Distribution.values()[random.nextInt(Distribution.values().length)];
            EarnedValueRule rule = EarnedValueRule.values()[random.nextInt(EarnedValueRule.values().length)];
            activities.add(new BaselineActivity(id, start.atTime(8, 0), finish.atTime(LocalTime.of(17, 0)), budget,
                    distribution, rule));
            ActivityProgress progress = progress(id, start, finish, STATUS, pace);
            if (progress != null) {
                now.add(progress);
                double cost = budget * progress.percentComplete() / 100 * (0.8 + 0.5 * random.nextDouble());
                int entries = 1 + random.nextInt(4);
                for (int e = 0; e < entries; e++) {
                    LocalDate day = start.plusDays(random.nextInt((int) Math.max(1, Math.min(
                            STATUS.toEpochDay() - start.toEpochDay() + 1, finish.toEpochDay() - start.toEpochDay() + 1))));
                    actuals.add(new ActualCost(id, day, cost / entries));
                }
            }
            for (int k = 0; k < earlier.size(); k++) {
                ActivityProgress then = progress(id, start, finish, earlierDates.get(k), pace);
                if (then != null) {
                    earlier.get(k).add(then);
                }
            }
        }
        List<ProgressSnapshot> snapshots = new ArrayList<>();
        for (int k = 0; k < earlier.size(); k++) {
            snapshots.add(new ProgressSnapshot(earlierDates.get(k), earlier.get(k)));
        }
        snapshots.add(new ProgressSnapshot(STATUS, now));
        return new EarnedValueProject(name, "EUR", CALENDAR, activities, snapshots, actuals);
    }

    /** Progress at {@code date} of an activity worked at {@code pace} times the planned speed, or null if not started. */
    private static ActivityProgress progress(String id, LocalDate start, LocalDate finish, LocalDate date, double pace) {
        if (date.isBefore(start)) {
            return null;
        }
        double planned = (date.toEpochDay() - start.toEpochDay() + 1.0) / (finish.toEpochDay() - start.toEpochDay() + 1.0);
        double percent = Math.min(100, Math.floor(100 * planned * pace));
        return new ActivityProgress(id, true, percent, OptionalDouble.empty());
    }

    private static LocalDate weekday(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY ? date.plusDays(2) : day == DayOfWeek.SUNDAY ? date.plusDays(1) : date;
    }

}
