package org.sextant.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.sextant.identity.UserId;
import org.sextant.portfolio.PortfolioId;
import org.sextant.program.ProgramId;

/**
 * A project: charter, frame and money.
 *
 * @param id              identity
 * @param version         optimistic-lock version
 * @param code            short unique code, e.g. "ERP-01"
 * @param name            name
 * @param objective       what it must achieve
 * @param description     free text
 * @param statementOfWork scope of work agreed with the client
 * @param client          the client (internal or external)
 * @param sponsor         the sponsor
 * @param managerId       the project manager
 * @param portfolioId     portfolio it belongs to
 * @param programId       program it belongs to, if any (then in the same portfolio)
 * @param phase           lifecycle phase
 * @param status          whether work goes on
 * @param priority        0..1000, higher first (as in MS Project)
 * @param plannedStart    planned start
 * @param plannedFinish   planned finish
 * @param budget          approved budget
 * @param actualCost      cost incurred to date
 * @param currency        ISO 4217 code
 * @param calendarId      project calendar, if not the default
 * @param statusDate      date progress was last reported against
 */
public record Project(ProjectId id, long version, String code, String name, String objective, String description,
        String statementOfWork, String client, String sponsor, UserId managerId, PortfolioId portfolioId,
        ProgramId programId, Phase phase, ProjectStatus status, int priority, LocalDate plannedStart,
        LocalDate plannedFinish, BigDecimal budget, BigDecimal actualCost, String currency, Long calendarId,
        LocalDate statusDate) {

    /** The fields a client sets. */
    public record Draft(String code, String name, String objective, String description, String statementOfWork,
            String client, String sponsor, UserId managerId, PortfolioId portfolioId, ProgramId programId,
            Phase phase, ProjectStatus status, int priority, LocalDate plannedStart, LocalDate plannedFinish,
            BigDecimal budget, BigDecimal actualCost, String currency, Long calendarId, LocalDate statusDate) {
    }
}
