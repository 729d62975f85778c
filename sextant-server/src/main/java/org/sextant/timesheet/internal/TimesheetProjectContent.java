package org.sextant.timesheet.internal;

import java.util.List;
import java.util.Map;
import org.sextant.audit.AuditLog;
import org.sextant.project.ProjectContent;
import org.sextant.project.ProjectId;
import org.springframework.stereotype.Component;

/** A deleted project takes its timesheet parts (hours booked on it) along, before its tasks. */
@Component
class TimesheetProjectContent implements ProjectContent {

    private final TimesheetStore store;
    private final AuditLog audit;

    TimesheetProjectContent(TimesheetStore store, AuditLog audit) {
        this.store = store;
        this.audit = audit;
    }

    @Override
    public Map<String, Long> countIn(ProjectId project) {
        int n = store.partsIn(project.value()).size();
        return n == 0 ? Map.of() : Map.of("timesheet weeks", (long) n);
    }

    @Override
    public void deleteIn(ProjectId project) {
        List<Long> parts = store.partsIn(project.value());
        for (long part : parts) {
            store.deletePart(part);
            audit.deleted(JdbcTimesheets.PART, part, project.value(), Map.of("projectId", project.value()));
        }
    }

    /** Before the assignments (10) and tasks (20) its rows refer to. */
    @Override
    public int deletionOrder() {
        return 5;
    }
}
