package org.sextant.report.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.sextant.project.ProjectId;
import org.sextant.project.ReportedHealth;
import org.sextant.report.Dimension;
import org.sextant.report.StatusReport;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The project module's {@link ReportedHealth}: each project's latest submitted status report. */
@Component
class LatestReportedHealth implements ReportedHealth {

    private final JdbcStatusReports reports;

    LatestReportedHealth(JdbcStatusReports reports) {
        this.reports = reports;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<ProjectId, Latest> latest(Collection<ProjectId> projects) {
        Map<ProjectId, Latest> latest = new LinkedHashMap<>();
        reports.latestSubmitted(projects).forEach((id, r) -> latest.put(id, new Latest(r.id(), r.periodEnd(),
                r.overall().value().name(), detail(r))));
        return latest;
    }

    private static String detail(StatusReport r) {
        return Stream.of(Dimension.SCHEDULE, Dimension.COST, Dimension.SCOPE, Dimension.RISK)
                .map(d -> d.label() + " " + r.of(d).value().label().toLowerCase(java.util.Locale.ROOT))
                .collect(Collectors.joining(" · ", "Reported for " + r.periodEnd() + ": ", ""));
    }
}
