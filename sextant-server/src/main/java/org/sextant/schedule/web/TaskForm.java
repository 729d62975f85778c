package org.sextant.schedule.web;

import java.math.BigDecimal;
import org.sextant.platform.web.FormErrors;
import org.sextant.schedule.ConstraintType;
import org.sextant.schedule.Task;
import org.sextant.schedule.TaskId;
import org.sextant.schedule.TaskKind;

/**
 * A WBS row as typed in the task table: name, kind, parent, duration in days and percent complete.
 * Fields the table does not show are kept from the stored task.
 */
record TaskForm(String name, String kind, String parentId, String durationDays, String percentComplete, Long version) {

    /** Working minutes in a day of the default calendar (8 hours). */
    static final long MINUTES_PER_DAY = 480;

    static TaskForm empty() {
        return new TaskForm("", TaskKind.TASK.name(), "", "5", "0", null);
    }

    static TaskForm of(Task t) {
        return new TaskForm(t.name(), t.kind().name(), t.parentId() == null ? "" : t.parentId().toString(),
                days(t.durationMinutes()), Integer.toString(t.percentComplete()), t.version());
    }

    static String days(long minutes) {
        return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(MINUTES_PER_DAY), 2, java.math.RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
    }

    Task.Draft toDraft(FormErrors errors, Task existing) {
        String n = errors.required("name", name, "Name");
        TaskKind k = errors.choice("kind", kind, TaskKind.class);
        Long parent = errors.id("parentId", parentId);
        BigDecimal d = errors.decimal("durationDays", durationDays);
        if (d != null && d.signum() < 0) {
            errors.reject("durationDays", "Duration cannot be negative.");
        }
        Integer pct = errors.integer("percentComplete", percentComplete);
        if (pct != null && (pct < 0 || pct > 100)) {
            errors.reject("percentComplete", "Percent complete is between 0 and 100.");
        }
        long minutes = d == null ? 0 : d.multiply(BigDecimal.valueOf(MINUTES_PER_DAY)).longValue();
        TaskKind chosen = k == null ? TaskKind.TASK : k;
        TaskId parentTask = parent == null ? null : TaskId.of(parent);
        int percent = pct == null ? 0 : pct;
        if (existing == null) {
            return new Task.Draft(parentTask, null, n, chosen, null, minutes, 0, null, null, percent, null, null,
                    ConstraintType.ASAP, null, null, null, 500, null);
        }
        return new Task.Draft(parentTask, existing.wbsCode(), n, chosen, existing.sortOrder(), minutes,
                existing.workMinutes(), existing.plannedStart(), existing.plannedFinish(), percent,
                existing.actualStart(), existing.actualFinish(), existing.constraintType(), existing.constraintDate(),
                existing.deadline(), existing.calendarId(), existing.priority(), existing.notes());
    }
}
