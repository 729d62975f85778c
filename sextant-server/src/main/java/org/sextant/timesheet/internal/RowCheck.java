package org.sextant.timesheet.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sextant.resource.MyTask;
import org.sextant.timesheet.InvalidHours;
import org.sextant.timesheet.Timesheet;

/**
 * Checks the rows an owner saves against the stored week and collects every problem, so one answer
 * names all offending cells. A row must be a task the owner is assigned to (or one already on the
 * week), at most once; each cell holds 0–24 hours in quarter hours; each day at most 24 hours over
 * all rows, the locked ones included. Rows of a submitted or approved project may be left out or
 * sent unchanged, never changed; rows with neither hours nor comment are dropped.
 */
final class RowCheck {

    static final int MAX_COMMENT = 500;

    /** The rows to store, per project, for projects whose part the owner may still change. */
    record Result(Map<Long, List<Stored.Row>> editableByProject) {
    }

    private final LocalDate week;
    private final Map<Long, Stored.Row> storedRows = new HashMap<>();
    private final Map<Long, Stored.Part> storedPartOfTask = new HashMap<>();
    private final Map<Long, Stored.Part> partOfProject = new HashMap<>();
    private final Map<Long, MyTask> assigned;
    private final List<InvalidHours.Problem> problems = new ArrayList<>();

    RowCheck(LocalDate week, Optional<Stored> stored, Map<Long, MyTask> assigned) {
        this.week = week;
        this.assigned = assigned;
        stored.ifPresent(s -> s.parts().forEach(p -> {
            partOfProject.put(p.projectId(), p);
            p.rows().forEach(r -> {
                storedRows.put(r.taskId(), r);
                storedPartOfTask.put(r.taskId(), p);
            });
        }));
    }

    Result check(List<Timesheet.RowDraft> drafts) {
        Map<Long, List<Stored.Row>> editable = new LinkedHashMap<>();
        long[] dayMinutes = new long[Timesheet.DAYS];
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < drafts.size(); i++) {
            Timesheet.RowDraft draft = drafts.get(i);
            String at = "rows[" + i + "]";
            if (draft == null || draft.taskId() == null) {
                problem(at + ".taskId", "Row " + (i + 1) + ": choose a task.");
                continue;
            }
            long task = draft.taskId().value();
            if (!seen.add(task)) {
                problem(at + ".taskId", "Row " + (i + 1) + ": task " + name(task) + " is on the week twice; use one row per task.");
                continue;
            }
            Long project = storedPartOfTask.containsKey(task) ? Long.valueOf(storedPartOfTask.get(task).projectId())
                    : assigned.containsKey(task) ? Long.valueOf(assigned.get(task).projectId().value()) : null;
            if (project == null) {
                problem(at + ".taskId", "Row " + (i + 1) + ": you are not assigned to task " + task
                        + "; only your own tasks go on your timesheet.");
                continue;
            }
            Stored.Row row = row(i, at, task, draft);
            if (row == null) {
                continue;
            }
            Stored.Part part = partOfProject.get(project);
            if (part != null && !part.state().editable()) {
                lockedRow(i, at, task, row, part);
                continue;
            }
            if (row.total() == 0 && row.comment() == null) {
                continue;
            }
            editable.computeIfAbsent(project, k -> new ArrayList<>()).add(row);
            for (int d = 0; d < Timesheet.DAYS; d++) {
                dayMinutes[d] += row.minutes().get(d);
            }
        }
        for (Stored.Part part : partOfProject.values()) {
            if (!part.state().editable()) {
                for (Stored.Row r : part.rows()) {
                    for (int d = 0; d < Timesheet.DAYS; d++) {
                        dayMinutes[d] += r.minutes().get(d);
                    }
                }
            }
        }
        for (int d = 0; d < Timesheet.DAYS; d++) {
            int day = d;
            HoursRules.dayTotalProblem(dayMinutes[d]).ifPresent(p ->
                    problem("dayTotals[" + day + "]", HoursRules.day(week.plusDays(day)) + ": " + p + "."));
        }
        if (!problems.isEmpty()) {
            throw new InvalidHours(problems);
        }
        return new Result(editable);
    }

    /** The draft's minutes and comment, or null when a cell or the comment is invalid (problems noted). */
    private Stored.Row row(int i, String at, long task, Timesheet.RowDraft draft) {
        List<BigDecimal> hours = draft.hours() == null ? List.of() : draft.hours();
        boolean ok = true;
        if (hours.size() > Timesheet.DAYS) {
            problem(at + ".hours", "Row " + (i + 1) + ": a week has 7 days (Monday to Sunday); got " + hours.size() + " values.");
            return null;
        }
        List<Integer> minutes = new ArrayList<>();
        for (int d = 0; d < Timesheet.DAYS; d++) {
            BigDecimal h = d < hours.size() ? hours.get(d) : null;
            Optional<String> problem = h == null ? Optional.empty() : HoursRules.cellProblem(h);
            if (problem.isPresent()) {
                problem(at + ".hours[" + d + "]", HoursRules.day(week.plusDays(d)) + ", " + name(task) + ": "
                        + problem.get() + ".");
                ok = false;
                minutes.add(0);
            } else {
                minutes.add(h == null ? 0 : HoursRules.minutes(h));
            }
        }
        String comment = draft.comment() == null || draft.comment().isBlank() ? null : draft.comment().strip();
        if (comment != null && comment.length() > MAX_COMMENT) {
            problem(at + ".comment", "Row " + (i + 1) + ": a comment has at most " + MAX_COMMENT + " characters; this one has "
                    + comment.length() + ".");
            ok = false;
        }
        return ok ? new Stored.Row(task, i, comment, minutes) : null;
    }

    /** A row of a submitted or approved project: fine when absent or unchanged, refused when changed. */
    private void lockedRow(int i, String at, long task, Stored.Row row, Stored.Part part) {
        Stored.Row stored = storedRows.get(task);
        String why = " are " + part.state().name().toLowerCase() + " and locked";
        if (stored == null) {
            if (row.total() > 0 || row.comment() != null) {
                problem(at + ".taskId", "Row " + (i + 1) + ": this week's hours on " + name(task) + "'s project" + why
                        + "; no rows can be added to it.");
            }
            return;
        }
        for (int d = 0; d < Timesheet.DAYS; d++) {
            if (!stored.minutes().get(d).equals(row.minutes().get(d))) {
                problem(at + ".hours[" + d + "]", HoursRules.day(week.plusDays(d)) + ", " + name(task) + ": the hours"
                        + why + ".");
            }
        }
        if (!java.util.Objects.equals(stored.comment(), row.comment())) {
            problem(at + ".comment", "Row " + (i + 1) + ": the comment on " + name(task) + why + ".");
        }
    }

    private String name(long task) {
        MyTask t = assigned.get(task);
        return t == null ? "task " + task : "'" + t.taskName() + "'";
    }

    private void problem(String field, String message) {
        problems.add(new InvalidHours.Problem(field, message));
    }
}
