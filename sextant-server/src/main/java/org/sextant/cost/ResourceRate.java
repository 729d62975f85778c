package org.sextant.cost;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.sextant.resource.ResourceId;

/**
 * A resource's standard cost per hour from a day on, until the next rate of the same resource takes over.
 *
 * @param id            identity
 * @param version       optimistic-lock version
 * @param resourceId    the resource
 * @param effectiveFrom the first day it applies, or null for "since always" (before any dated rate)
 * @param rate          cost per hour in the resource's currency, never negative
 */
public record ResourceRate(long id, long version, ResourceId resourceId, LocalDate effectiveFrom, BigDecimal rate) {

    /** The fields a client sets. */
    public record Draft(LocalDate effectiveFrom, BigDecimal rate) {
    }
}
