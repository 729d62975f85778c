package org.sextant.timesheet.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import org.sextant.timesheet.Timesheet;

/**
 * The week grid as the page shows it: a line per task with the text of each cell (what was typed,
 * when the page is shown again after a refused save, else what is stored), row and day totals.
 *
 * @param lines     the rows, stored ones first
 * @param dayTotals the hours per day as text
 * @param total     the week's hours as text
 */
record WeekGrid(List<Line> lines, List<String> dayTotals, String total) {

    /**
     * One task's line.
     *
     * @param taskId      the task
     * @param projectCode its project's code
     * @param taskName    its name
     * @param comment     the comment
     * @param cells       the text per day, Monday first ("" for none)
     * @param total       the row's hours as text
     * @param editable    whether it has inputs (its project's part is draft or rejected, or it has none)
     */
    record Line(long taskId, String projectCode, String taskName, String comment, List<String> cells, String total,
            boolean editable) {
    }

    /** A task that is not on the sheet yet (added in the page), for {@link #of}. */
    record Extra(long taskId, String projectCode, String taskName) {
    }

    /**
     * The grid of {@code sheet}, with the {@code typed} text over its editable rows and {@code extra}
     * tasks appended; {@code extraOf} names typed tasks that are neither on the sheet nor extra.
     */
    static WeekGrid of(Timesheet sheet, List<WeekForm.Input> typed, List<Extra> extra, LongFunction<Extra> extraOf) {
        Map<Long, WeekForm.Input> byTask = new LinkedHashMap<>();
        typed.forEach(i -> byTask.put(i.taskId(), i));
        List<Line> lines = new ArrayList<>();
        for (Timesheet.Row row : sheet.rows()) {
            WeekForm.Input input = row.editable() ? byTask.remove(row.taskId().value()) : null;
            if (input != null) {
                lines.add(line(row.taskId().value(), row.projectCode(), row.taskName(), input.comment(), input.cells(), true));
            } else {
                lines.add(line(row.taskId().value(), row.projectCode(), row.taskName(), row.comment(),
                        row.hours().stream().map(WeekGrid::text).toList(), row.editable()));
            }
        }
        for (WeekForm.Input input : byTask.values()) {
            Extra e = extraOf.apply(input.taskId());
            if (e != null) {
                lines.add(line(input.taskId(), e.projectCode(), e.taskName(), input.comment(), input.cells(), true));
            }
        }
        for (Extra e : extra) {
            if (lines.stream().noneMatch(l -> l.taskId() == e.taskId())) {
                lines.add(line(e.taskId(), e.projectCode(), e.taskName(), null,
                        Collections.nCopies(Timesheet.DAYS, ""), true));
            }
        }
        BigDecimal[] days = new BigDecimal[Timesheet.DAYS];
        java.util.Arrays.fill(days, BigDecimal.ZERO);
        for (Line line : lines) {
            for (int d = 0; d < Timesheet.DAYS; d++) {
                BigDecimal h = WeekForm.number(line.cells().get(d));
                days[d] = days[d].add(h == null ? BigDecimal.ZERO : h);
            }
        }
        BigDecimal total = java.util.Arrays.stream(days).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new WeekGrid(lines, java.util.Arrays.stream(days).map(WeekGrid::number).toList(), number(total));
    }

    private static Line line(long task, String code, String name, String comment, List<String> cells, boolean editable) {
        BigDecimal total = cells.stream().map(WeekForm::number).filter(java.util.Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Line(task, code, name, comment, List.copyOf(cells), number(total), editable);
    }

    /** Hours as a cell shows them: "" for none, "7.5" for seven and a half. */
    static String text(BigDecimal hours) {
        return hours == null || hours.signum() == 0 ? "" : hours.stripTrailingZeros().toPlainString();
    }

    /** Hours as a total shows them: "0" for none. */
    static String number(BigDecimal hours) {
        return hours.signum() == 0 ? "0" : hours.stripTrailingZeros().toPlainString();
    }

    /** The tasks on the grid. */
    List<Long> taskIds() {
        return lines.stream().map(Line::taskId).toList();
    }

    /** Days of the week starting {@code monday}. */
    static List<LocalDate> days(LocalDate monday) {
        return monday.datesUntil(monday.plusDays(Timesheet.DAYS)).toList();
    }
}
