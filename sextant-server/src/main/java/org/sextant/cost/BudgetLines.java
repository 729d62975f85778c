package org.sextant.cost;

import java.util.List;
import org.sextant.platform.PageRequest;
import org.sextant.platform.PageResult;
import org.sextant.project.ProjectId;

/** A project's budget lines: read by those who may read the project, kept by those who may edit it. */
public interface BudgetLines {

    /** A page of a project's lines, by month then category. */
    PageResult<BudgetLine> list(ProjectId project, PageRequest page);

    /** Every line of a project, by month then category. */
    List<BudgetLine> all(ProjectId project);

    BudgetLine get(long id);

    BudgetLine create(ProjectId project, BudgetLine.Draft draft);

    BudgetLine update(long id, long expectedVersion, BudgetLine.Draft draft);

    void delete(long id, long expectedVersion);
}
