package org.sextant.report;

import java.time.Instant;
import java.time.LocalDate;
import org.sextant.project.ProjectId;

/**
 * A project's status report for one period.
 *
 * @param id              identity
 * @param version         optimistic-lock version
 * @param projectId       the project
 * @param period          weekly or monthly
 * @param periodEnd       the status date the report speaks for
 * @param state           draft (editable) or submitted (immutable)
 * @param schedule        schedule health
 * @param cost            cost health
 * @param scope           scope health
 * @param risk            risk health (set by the project manager: there is no risk register yet)
 * @param overall         overall health, suggested as the worst of the others
 * @param summary         the situation in a few sentences
 * @param accomplishments what was done in the period
 * @param nextSteps       what comes next
 * @param helpNeeded      decisions or help wanted from sponsors or the PMO
 * @param evidence        the figures the suggestions came from
 * @param createdAt       when created
 * @param createdBy       who created it
 * @param updatedAt       when last changed
 * @param updatedBy       who last changed it
 * @param submittedAt     when submitted (null for a draft)
 * @param submittedBy     who submitted it
 */
public record StatusReport(long id, long version, ProjectId projectId, ReportPeriod period, LocalDate periodEnd,
        ReportState state, Assessment schedule, Assessment cost, Assessment scope, Assessment risk,
        Assessment overall, String summary, String accomplishments, String nextSteps, String helpNeeded,
        Evidence evidence, Instant createdAt, String createdBy, Instant updatedAt, String updatedBy,
        Instant submittedAt, String submittedBy) {

    public Assessment of(Dimension dimension) {
        return switch (dimension) {
            case SCHEDULE -> schedule;
            case COST -> cost;
            case SCOPE -> scope;
            case RISK -> risk;
            case OVERALL -> overall;
        };
    }

    public boolean submitted() {
        return state == ReportState.SUBMITTED;
    }

    /** What a project editor sets on a draft: each health value (null keeps the suggestion) and the narrative. */
    public record Draft(Choice schedule, Choice cost, Choice scope, Choice risk, Choice overall, String summary,
            String accomplishments, String nextSteps, String helpNeeded) {

        public Choice of(Dimension dimension) {
            return switch (dimension) {
                case SCHEDULE -> schedule;
                case COST -> cost;
                case SCOPE -> scope;
                case RISK -> risk;
                case OVERALL -> overall;
            };
        }
    }

    /** A reported health value and the reason; a null value takes the suggestion. */
    public record Choice(Rag value, String reason) {
    }
}
