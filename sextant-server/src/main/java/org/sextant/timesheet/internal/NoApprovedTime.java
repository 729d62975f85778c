package org.sextant.timesheet.internal;

import java.time.LocalDate;
import java.util.List;
import org.sextant.project.ProjectId;
import org.sextant.timesheet.ApprovedTime;
import org.sextant.timesheet.ApprovedWork;
import org.springframework.stereotype.Service;

/** Placeholder until weekly timesheets exist: no time has been approved. */
@Service
class NoApprovedTime implements ApprovedTime {

    @Override
    public List<ApprovedWork> approved(ProjectId projectId, LocalDate asOf) {
        return List.of();
    }
}
