package org.sextant.cost;

import java.util.Optional;
import org.sextant.project.ProjectId;

/**
 * A project's cost and schedule performance as earned value measures it, for the cost view's forecasts.
 * The earned value feature implements it (it depends on this module, not the other way round); without
 * it, or for a project earned value cannot measure in money yet, there is nothing.
 */
public interface PerformanceIndices {

    /** Nothing for every project. */
    PerformanceIndices NONE = project -> Optional.empty();

    /** The project's indices against baseline 0 as of its status date, when measured in money. */
    Optional<Indices> of(ProjectId project);

    /**
     * Indices of one project.
     *
     * @param cpi          cost performance index EV / AC, null without actual cost
     * @param spi          schedule performance index EV / PV, null before anything was planned
     * @param earnedShare  EV / BAC: the share of the budgeted work that is done, 0..1
     */
    record Indices(Double cpi, Double spi, double earnedShare) {
    }
}
