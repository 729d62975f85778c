package org.sextant.cost.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.sextant.cost.ResourceRate;
import org.sextant.resource.ResourceId;

/**
 * The cost rate of each resource on each day (ADR 0011): the dated rate with the latest effective day on
 * or before the day; before its first dated rate, its "since always" rate; without one, the resource's own
 * {@code costRate}; without that, zero (unpriced). Immutable.
 */
final class RateCard {

    private final Map<ResourceId, NavigableMap<LocalDate, BigDecimal>> dated = new HashMap<>();
    private final Map<ResourceId, BigDecimal> always = new HashMap<>();
    private final Map<ResourceId, BigDecimal> standing;

    /**
     * @param rates    rate history of (some of) the resources
     * @param standing each resource's own cost rate, used where its history says nothing
     */
    RateCard(List<ResourceRate> rates, Map<ResourceId, BigDecimal> standing) {
        for (ResourceRate r : rates) {
            if (r.effectiveFrom() == null) {
                always.put(r.resourceId(), r.rate());
            } else {
                dated.computeIfAbsent(r.resourceId(), k -> new TreeMap<>()).put(r.effectiveFrom(), r.rate());
            }
        }
        this.standing = Map.copyOf(standing);
    }

    /** The rate per hour of {@code resource} in force on {@code day}. */
    BigDecimal rateOn(ResourceId resource, LocalDate day) {
        NavigableMap<LocalDate, BigDecimal> history = dated.get(resource);
        if (history != null) {
            Map.Entry<LocalDate, BigDecimal> inForce = history.floorEntry(day);
            if (inForce != null) {
                return inForce.getValue();
            }
        }
        BigDecimal since = always.get(resource);
        if (since != null) {
            return since;
        }
        return standing.getOrDefault(resource, BigDecimal.ZERO);
    }
}
