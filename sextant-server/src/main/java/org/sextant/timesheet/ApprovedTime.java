package org.sextant.timesheet;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.sextant.project.ProjectId;

/** Approved timesheet hours, read by cost (actual cost) and earned value (actual work). */
public interface ApprovedTime {

    /** The approved work on the project's tasks on days up to and including {@code asOf}, ordered by day. */
    List<ApprovedWork> approved(ProjectId projectId, LocalDate asOf);

    /**
     * The same for each project, in one query: every project given is a key, in the order given. Like the
     * one-project form (which is this for one project) it checks no access: callers pass projects they may read.
     */
    Map<ProjectId, List<ApprovedWork>> approved(Collection<ProjectId> projectIds, LocalDate asOf);
}
