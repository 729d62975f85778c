package org.sextant.timesheet.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.sextant.platform.PageRequest;
import org.sextant.platform.PageResult;
import org.sextant.resource.Assignments;
import org.sextant.resource.MyTask;
import org.springframework.stereotype.Component;

/** The tasks the signed-in user is assigned to, all pages of {@link Assignments#mine}, by task id. */
@Component
class MyAssignments {

    private final Assignments assignments;

    MyAssignments(Assignments assignments) {
        this.assignments = assignments;
    }

    Map<Long, MyTask> byTask() {
        Map<Long, MyTask> tasks = new LinkedHashMap<>();
        PageResult<MyTask> page;
        int n = 0;
        do {
            page = assignments.mine(null, false, PageRequest.of(n++, PageRequest.MAX_SIZE));
            page.items().forEach(t -> tasks.put(t.taskId().value(), t));
        } while (n < page.totalPages());
        return tasks;
    }
}
