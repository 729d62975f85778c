package org.sextant.timesheet.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.sextant.platform.web.FormErrors;
import org.sextant.schedule.TaskId;
import org.sextant.timesheet.Timesheet;
import org.springframework.util.MultiValueMap;

/**
 * The week grid as the browser posts it: a {@code task} field per editable row and, per task, the
 * fields {@code comment-<task>} and {@code h-<task>-<day>} (day 0 = Monday). Cells arrive as text;
 * text that is not a number is noted beside its cell, the hours rules themselves are the service's.
 *
 * @param week    any day of the week (the page sends its Monday)
 * @param version the version the page was rendered from
 * @param inputs  the editable rows in page order
 */
record WeekForm(String week, long version, List<Input> inputs) {

    /** One posted row: the task, its comment and the text of its seven cells. */
    record Input(long taskId, String comment, List<String> cells) {
    }

    static WeekForm parse(MultiValueMap<String, String> params) {
        List<Input> inputs = new ArrayList<>();
        for (String task : params.getOrDefault("task", List.of())) {
            long id;
            try {
                id = Long.parseLong(task.trim());
            } catch (NumberFormatException e) {
                continue;
            }
            List<String> cells = new ArrayList<>();
            for (int d = 0; d < Timesheet.DAYS; d++) {
                String cell = params.getFirst("h-" + id + "-" + d);
                cells.add(cell == null ? "" : cell.trim());
            }
            inputs.add(new Input(id, params.getFirst("comment-" + id), cells));
        }
        long version;
        try {
            version = Long.parseLong(String.valueOf(params.getFirst("version")).trim());
        } catch (NumberFormatException e) {
            version = 0;
        }
        return new WeekForm(params.getFirst("week"), version, inputs);
    }

    /** The rows for the service; a cell that is not a number is rejected in {@code errors} under its id. */
    List<Timesheet.RowDraft> drafts(FormErrors errors) {
        List<Timesheet.RowDraft> drafts = new ArrayList<>();
        for (Input input : inputs) {
            List<BigDecimal> hours = new ArrayList<>();
            for (int d = 0; d < Timesheet.DAYS; d++) {
                BigDecimal value = number(input.cells().get(d));
                if (value == null && !input.cells().get(d).isEmpty()) {
                    errors.reject(cellId(input.taskId(), d), "Enter hours as a number, like 7.5.");
                }
                hours.add(value);
            }
            drafts.add(new Timesheet.RowDraft(TaskId.of(input.taskId()), input.comment(), hours));
        }
        return drafts;
    }

    /** The id of a cell's input, also the key of its error. */
    static String cellId(long task, int day) {
        return "h-" + task + "-" + day;
    }

    /** Text as hours: "7,5" and "7.5" are 7.5; blank and non-numbers are null. */
    static BigDecimal number(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.trim().replace(',', '.'));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
