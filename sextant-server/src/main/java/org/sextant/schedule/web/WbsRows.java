package org.sextant.schedule.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sextant.schedule.Task;

/** The task table's view of a WBS: each task with its depth (for indentation) in WBS order. */
record WbsRows(List<Row> rows) {

    /** One task, how deep it sits under summary tasks (0 = top level), and its outline number ("1.2"). */
    record Row(Task task, int depth, String outline) {

        /** The WBS code when one was given, else the outline number. */
        public String code() {
            return task.wbsCode() == null || task.wbsCode().isBlank() ? outline : task.wbsCode();
        }

        public String duration() {
            return TaskForm.days(task.durationMinutes()) + "d";
        }
    }

    static WbsRows of(List<Task> tasks) {
        Map<Long, Task> byId = new HashMap<>();
        tasks.forEach(t -> byId.put(t.id().value(), t));
        Map<Long, String> outline = new HashMap<>();
        Map<Long, Integer> childCount = new HashMap<>();
        int top = 0;
        java.util.List<Row> rows = new java.util.ArrayList<>();
        for (Task t : tasks) {
            String number;
            Long parent = t.parentId() == null ? null : t.parentId().value();
            if (parent == null || !outline.containsKey(parent)) {
                number = Integer.toString(++top);
            } else {
                int n = childCount.merge(parent, 1, Integer::sum);
                number = outline.get(parent) + "." + n;
            }
            outline.put(t.id().value(), number);
            rows.add(new Row(t, depth(t, byId), number));
        }
        return new WbsRows(rows);
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
