package org.sextant.project;

import java.util.List;
import java.util.Optional;
import org.sextant.identity.UserId;
import org.sextant.platform.PageRequest;
import org.sextant.platform.PageResult;
import org.sextant.portfolio.PortfolioId;
import org.sextant.program.ProgramId;

/** Projects and their stakeholders, within the caller's scope ({@link ProjectAccess}). */
public interface Projects {

    /**
     * Filters for the project list; each null means any.
     *
     * @param text      matches code, name, client or sponsor
     * @param portfolio one portfolio
     * @param program   one program
     * @param manager   one project manager
     * @param phase     one phase
     * @param status    one status
     */
    record Filter(String text, PortfolioId portfolio, ProgramId program, UserId manager, Phase phase,
            ProjectStatus status) {

        public static Filter none() {
            return new Filter(null, null, null, null, null, null);
        }
    }

    Optional<Project> find(ProjectId id);

    /** The project if the caller may read it: 404 if it does not exist, 403 if out of scope. */
    Project get(ProjectId id);

    /** The projects the caller may read. */
    PageResult<Project> list(Filter filter, PageRequest page);

    /** Every project the caller may read, unpaged, by code. */
    List<Project> visible();

    Project create(Project.Draft draft);

    Project update(ProjectId id, long expectedVersion, Project.Draft draft);

    /**
     * Deletes a project. When it still holds tasks or other content the call is refused with what it
     * holds, unless {@code withContent} says to delete that content too.
     */
    void delete(ProjectId id, long expectedVersion, boolean withContent);

    /**
     * Stores the project's actual cost as {@link DerivedActualCost} derives it, when the project records
     * actuals; audited as a change of the project, without changing its version (a derived figure, not an
     * edit). Called in the transaction of each write that changes actuals (expenses, rates, timesheet
     * approvals). Needs read access to the project.
     */
    void refreshActualCost(ProjectId id);

    /** Every stakeholder of a project, by name (for the project page). */
    List<Stakeholder> stakeholders(ProjectId project);

    /** A page of a project's stakeholders matching {@code text} (name, organisation, role). */
    PageResult<Stakeholder> stakeholders(ProjectId project, String text, PageRequest page);

    Stakeholder stakeholder(long id);

    Stakeholder addStakeholder(ProjectId project, Stakeholder.Draft draft);

    Stakeholder updateStakeholder(long id, long expectedVersion, Stakeholder.Draft draft);

    void deleteStakeholder(long id, long expectedVersion);
}
