package org.sextant.cost;

import java.util.List;
import org.sextant.platform.PageRequest;
import org.sextant.platform.PageResult;
import org.sextant.project.ProjectId;

/** A project's expenses: read by those who may read the project, kept by those who may edit it. */
public interface Expenses {

    /** A page of a project's expenses, newest first unless sorted otherwise. */
    PageResult<Expense> list(ProjectId project, PageRequest page);

    /** Every expense of a project, by day. */
    List<Expense> all(ProjectId project);

    Expense get(long id);

    Expense create(ProjectId project, Expense.Draft draft);

    Expense update(long id, long expectedVersion, Expense.Draft draft);

    void delete(long id, long expectedVersion);
}
