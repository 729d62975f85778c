package org.sextant.cost;

import org.sextant.project.ProjectId;

/** The cost view of a project, for those who may read it. */
public interface CostOverviews {

    CostOverview of(ProjectId project, EacMethod method);
}
