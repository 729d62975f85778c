package org.sextant.report;

import java.time.LocalDate;
import org.sextant.platform.PageRequest;
import org.sextant.platform.PageResult;
import org.sextant.project.ProjectId;

/**
 * Status reports. Reading needs read access to the project; creating, editing and submitting need edit
 * access (its project manager, its program's manager, PMO, admin). Every write is audited.
 */
public interface StatusReports {

    /** A project's reports, newest period first. */
    PageResult<StatusReport> list(ProjectId projectId, PageRequest page);

    StatusReport get(long id);

    /** The health the rules suggest for the project as of {@code statusDate}, with the evidence. */
    Suggestions suggest(ProjectId projectId, LocalDate statusDate);

    /**
     * Starts the draft for a period. A null {@code periodEnd} takes the period after the last report's,
     * or the project's status date (today when it has none) for its first. The draft is prefilled: health
     * values with the suggestions (an override of the last report is kept, with its reason, while the
     * suggestion it overrode still stands), risk and the narrative from the last report. Refused (409)
     * while another draft exists or when the period is not after the last report's.
     */
    StatusReport create(ProjectId projectId, ReportPeriod period, LocalDate periodEnd);

    /**
     * Changes a draft at {@code expectedVersion}, recomputing the suggestions; a value differing from its
     * suggestion needs a reason (422 naming e.g. "cost.reason"). A submitted report is refused (409).
     */
    StatusReport update(long id, long expectedVersion, StatusReport.Draft draft);

    /**
     * Submits a draft: recomputes the suggestions and stores the evidence as of now (values left as
     * suggested follow the new suggestion; overrides stay, with their reasons) and makes the report immutable.
     */
    StatusReport submit(long id, long expectedVersion);

    /** Deletes a draft; a submitted report is refused (409). */
    void delete(long id, long expectedVersion);

    /** The report as a PDF document, with a file name like "ERP-01-status-2027-03-05.pdf". */
    Pdf pdf(long id);

    /** A rendered document and the name to save it as. */
    record Pdf(String fileName, byte[] content) {
    }

    /** The latest submitted report of each project the caller may read, by project code. */
    PageResult<LatestHealth> latest(PageRequest page);

    /**
     * A project's latest submitted health, for the portfolio.
     *
     * @param projectId   the project
     * @param projectCode its code
     * @param projectName its name
     * @param reportId    the report
     * @param period      its period
     * @param periodEnd   its status date
     * @param overall     overall health
     * @param schedule    schedule health
     * @param cost        cost health
     * @param scope       scope health
     * @param risk        risk health
     * @param summary     its summary
     * @param submittedAt when it was submitted
     */
    record LatestHealth(ProjectId projectId, String projectCode, String projectName, long reportId,
            ReportPeriod period, LocalDate periodEnd, Rag overall, Rag schedule, Rag cost, Rag scope, Rag risk,
            String summary, java.time.Instant submittedAt) {
    }
}
