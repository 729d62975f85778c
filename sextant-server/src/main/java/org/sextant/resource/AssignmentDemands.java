package org.sextant.resource;

import java.time.LocalDate;
import java.util.List;

/** Assignment demand across the portfolio, for capacity planning. */
public interface AssignmentDemands {

    /**
     * The assignments with work on scheduled tasks overlapping {@code from..to}, in the projects the
     * caller may read.
     */
    List<AssignmentDemand> overlapping(LocalDate from, LocalDate to);
}
