package org.sextant.program;

import java.time.LocalDate;
import org.sextant.identity.UserId;
import org.sextant.portfolio.PortfolioId;

/**
 * Related projects managed together for benefits none of them delivers alone.
 *
 * @param id          identity
 * @param version     optimistic-lock version
 * @param portfolioId the portfolio it belongs to
 * @param name        name, unique in the portfolio
 * @param description purpose
 * @param managerId   the program manager
 * @param sponsor     the sponsoring executive or body
 * @param start       planned start
 * @param finish      planned finish
 */
public record Program(ProgramId id, long version, PortfolioId portfolioId, String name, String description,
        UserId managerId, String sponsor, LocalDate start, LocalDate finish) {

    /** The fields a client sets. */
    public record Draft(PortfolioId portfolioId, String name, String description, UserId managerId, String sponsor,
            LocalDate start, LocalDate finish) {
    }
}
