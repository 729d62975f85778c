package org.sextant.portfolio;

import org.sextant.identity.UserId;

/**
 * A set of programs and projects steered together.
 *
 * @param id          identity
 * @param version     optimistic-lock version
 * @param name        unique name
 * @param description purpose and scope
 * @param ownerId     the executive or PMO member accountable for it, if named
 */
public record Portfolio(PortfolioId id, long version, String name, String description, UserId ownerId) {

    /** The fields a client sets. */
    public record Draft(String name, String description, UserId ownerId) {
    }
}
