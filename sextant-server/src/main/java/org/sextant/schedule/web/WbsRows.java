package org.sextant.schedule.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sextant.schedule.Task;

/** The task table's view of a WBS: each task with its depth (for indentation) in WBS order. */
record WbsRows(List<Row> rows) {

    /** One task and how deep it sits under summary tasks (0 = top level). */
    record Row(Task task, int depth) {

        public String duration() {
            return TaskForm.days(task.durationMinutes()) + "d";
        }
    }

    static WbsRows of(List<Task> tasks) {
        Map<Long, Task> byId = new HashMap<>();
        tasks.forEach(t -> byId.put(t.id().value(), t));
        return new WbsRows(tasks.stream().map(t -> new Row(t, depth(t, byId))).toList());
    }

    static int depth(Task task, Map<Long, Task> byId) {
        int depth = 0;
        Task current = task;
        while (current.parentId() != null && depth < 50) {
            current = byId.get(current.parentId().value());
            if (current == null) {
                break;
            }
            depth++;
        }
        return depth;
    }
}
