package org.sextant.project;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

/**
 * Each project's latest reported health, for the portfolio page. The status report feature implements
 * it (it depends on this module, not the other way round); without it, or for a project that has not
 * reported yet, there is nothing: {@link #NONE}.
 */
public interface ReportedHealth {

    /** Reports nothing for every project. */
    ReportedHealth NONE = projects -> Map.of();

    /** The latest submitted health of those of {@code projects} that have reported, by project. */
    Map<ProjectId, Latest> latest(Collection<ProjectId> projects);

    /**
     * A project's latest reported health.
     *
     * @param reportId  the report
     * @param periodEnd the status date it speaks for
     * @param overall   overall RAG: GREEN, AMBER, RED or GREY
     * @param detail    "Schedule Green · Cost Amber · ..." for a tooltip
     */
    record Latest(long reportId, LocalDate periodEnd, String overall, String detail) {
    }
}
