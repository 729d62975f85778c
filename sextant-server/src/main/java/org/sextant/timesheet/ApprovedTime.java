package org.sextant.timesheet;

import java.time.LocalDate;
import java.util.List;
import org.sextant.project.ProjectId;

/** Approved timesheet hours, read by cost (actual cost) and earned value (actual work). */
public interface ApprovedTime {

    /** The approved work on the project's tasks on days up to and including {@code asOf}, ordered by day. */
    List<ApprovedWork> approved(ProjectId projectId, LocalDate asOf);
}
