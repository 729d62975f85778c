package org.sextant.cost.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sextant.cost.CostCategory;
import org.sextant.cost.Expense;
import org.sextant.cost.SpendType;
import org.sextant.resource.ResourceId;
import org.sextant.schedule.TaskId;
import org.sextant.timesheet.ApprovedWork;

/**
 * The costing rules of ADR 0011, one method each, over plain values (no database, no clock):
 * <ul>
 *   <li>{@link #plannedLabour}: an assignment's work is spread evenly over the working days (Monday to
 *       Friday) of its task's planned dates and each day's share priced at the rate in force that day; an
 *       assignment whose imported file priced it keeps the file's planned cost, spread the same way;</li>
 *   <li>{@link #pricedTime}: approved hours are priced at the rate in force on the day worked;</li>
 *   <li>{@link #expenses}: an expense counts in full on the day incurred;</li>
 *   <li>{@link #importedActuals}: an imported actual cost counts only for an assignment (task and resource)
 *       without any approved time, so the same work is never counted twice.</li>
 * </ul>
 * Amounts keep six decimals here; callers round sums to cents.
 */
final class Costing {

    static final int SCALE = 6;
    private static final BigDecimal SIXTY = BigDecimal.valueOf(60);

    /** An amount on a day, of a category and spend type, on a task or (null) the project. */
    record Booked(TaskId taskId, LocalDate day, CostCategory category, SpendType spendType, BigDecimal amount) {
    }

    /**
     * An assignment to plan: its task's planned days (null when unscheduled), its work and, when an
     * imported file stated it, its planned cost.
     */
    record PlannedAssignment(TaskId taskId, ResourceId resourceId, LocalDate start, LocalDate finish,
            long workMinutes, BigDecimal importedCost) {
    }

    /** An assignment's imported actual cost and the days it was spent over. */
    record ImportedActual(TaskId taskId, ResourceId resourceId, LocalDate start, LocalDate finish, BigDecimal cost) {
    }

    private Costing() {
    }

    /**
     * The planned labour cost of each assignment per day. An unscheduled assignment counts on
     * {@code undatedDay} at the rate in force then.
     */
    static List<Booked> plannedLabour(List<PlannedAssignment> assignments, RateCard rates, LocalDate undatedDay) {
        List<Booked> planned = new ArrayList<>();
        for (PlannedAssignment a : assignments) {
            LocalDate start = a.start() == null ? undatedDay : a.start();
            LocalDate finish = a.finish() == null || a.finish().isBefore(start) ? start : a.finish();
            List<LocalDate> days = workingDays(start, finish);
            if (a.importedCost() != null) {
                BigDecimal perDay = a.importedCost().divide(BigDecimal.valueOf(days.size()), SCALE, RoundingMode.HALF_UP);
                days.forEach(d -> planned.add(labour(a.taskId(), d, perDay)));
            } else if (a.workMinutes() > 0) {
                BigDecimal hoursPerDay = BigDecimal.valueOf(a.workMinutes())
                        .divide(SIXTY.multiply(BigDecimal.valueOf(days.size())), SCALE + 4, RoundingMode.HALF_UP);
                for (LocalDate d : days) {
                    BigDecimal amount = hoursPerDay.multiply(rates.rateOn(a.resourceId(), d)).setScale(SCALE, RoundingMode.HALF_UP);
                    if (amount.signum() > 0) {
                        planned.add(labour(a.taskId(), d, amount));
                    }
                }
            }
        }
        return planned;
    }

    /** Approved hours, each day's priced at the rate of its resource in force that day. */
    static List<Booked> pricedTime(List<ApprovedWork> approved, RateCard rates) {
        List<Booked> priced = new ArrayList<>();
        for (ApprovedWork w : approved) {
            BigDecimal amount = BigDecimal.valueOf(w.minutes()).multiply(rates.rateOn(w.resourceId(), w.day()))
                    .divide(SIXTY, SCALE, RoundingMode.HALF_UP);
            if (amount.signum() > 0) {
                priced.add(labour(w.taskId(), w.day(), amount));
            }
        }
        return priced;
    }

    /** Expenses in full on the day incurred, with their own category and spend type. */
    static List<Booked> expenses(List<Expense> expenses) {
        return expenses.stream().map(e -> new Booked(e.taskId(), e.incurredOn(), e.category(), e.spendType(),
                e.amount().setScale(SCALE, RoundingMode.HALF_UP))).toList();
    }

    /**
     * Imported actual costs of the assignments that have no approved time, each spread evenly over the
     * working days from its start to its finish. Once any hours of a task and resource are approved,
     * the approved hours are that assignment's actual cost and the imported figure no longer counts.
     */
    static List<Booked> importedActuals(List<ImportedActual> imported, List<ApprovedWork> approved) {
        Set<List<Object>> timed = new HashSet<>();
        approved.forEach(w -> timed.add(List.of(w.taskId(), w.resourceId())));
        List<Booked> actuals = new ArrayList<>();
        for (ImportedActual a : imported) {
            if (a.cost() == null || a.cost().signum() <= 0 || timed.contains(List.of(a.taskId(), a.resourceId()))) {
                continue;
            }
            LocalDate finish = a.finish() == null || a.finish().isBefore(a.start()) ? a.start() : a.finish();
            List<LocalDate> days = workingDays(a.start(), finish);
            BigDecimal perDay = a.cost().divide(BigDecimal.valueOf(days.size()), SCALE, RoundingMode.HALF_UP);
            days.forEach(d -> actuals.add(labour(a.taskId(), d, perDay)));
        }
        return actuals;
    }

    /** The days Monday to Friday in {@code start..finish}; every day of it when it has none. */
    static List<LocalDate> workingDays(LocalDate start, LocalDate finish) {
        List<LocalDate> days = new ArrayList<>();
        List<LocalDate> all = new ArrayList<>();
        for (LocalDate d = start; !d.isAfter(finish); d = d.plusDays(1)) {
            all.add(d);
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                days.add(d);
            }
        }
        return days.isEmpty() ? all : days;
    }

    /** Sums per task, rounded to cents; tasks without cost are absent. */
    static Map<TaskId, BigDecimal> byTask(List<Booked> booked) {
        Map<TaskId, BigDecimal> sums = new LinkedHashMap<>();
        for (Booked b : booked) {
            if (b.taskId() != null) {
                sums.merge(b.taskId(), b.amount(), BigDecimal::add);
            }
        }
        sums.replaceAll((k, v) -> cents(v));
        sums.values().removeIf(v -> v.signum() == 0);
        return sums;
    }

    /** The sum, rounded to cents. */
    static BigDecimal total(List<Booked> booked) {
        return cents(booked.stream().map(Booked::amount).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    private static Booked labour(TaskId task, LocalDate day, BigDecimal amount) {
        return new Booked(task, day, CostCategory.LABOUR, SpendType.OPEX, amount);
    }
}
