package org.sextant.report.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.sextant.project.ProjectId;
import org.sextant.report.Assessment;
import org.sextant.report.Dimension;
import org.sextant.report.Evidence;
import org.sextant.report.Rag;
import org.sextant.report.ReportPeriod;
import org.sextant.report.ReportState;
import org.sextant.report.StatusReport;
import org.springframework.jdbc.core.RowMapper;
import tools.jackson.databind.json.JsonMapper;

/** Maps {@code status_report} rows to {@link StatusReport} and back (the health columns per dimension). */
final class StatusReportRows {

    private StatusReportRows() {
    }

    static RowMapper<StatusReport> mapper(JsonMapper json) {
        return (rs, row) -> new StatusReport(rs.getLong("id"), rs.getLong("version"),
                ProjectId.of(rs.getLong("project_id")), ReportPeriod.valueOf(rs.getString("period")),
                rs.getObject("period_end", LocalDate.class), ReportState.valueOf(rs.getString("state")),
                assessment(rs, Dimension.SCHEDULE), assessment(rs, Dimension.COST), assessment(rs, Dimension.SCOPE),
                assessment(rs, Dimension.RISK), assessment(rs, Dimension.OVERALL), rs.getString("summary"),
                rs.getString("accomplishments"), rs.getString("next_steps"), rs.getString("help_needed"),
                json.readValue(rs.getString("evidence"), Evidence.class), instant(rs, "created_at"),
                rs.getString("created_by"), instant(rs, "updated_at"), rs.getString("updated_by"),
                instant(rs, "submitted_at"), rs.getString("submitted_by"));
    }

    private static Assessment assessment(ResultSet rs, Dimension d) throws SQLException {
        String p = d.key();
        return new Assessment(Rag.valueOf(rs.getString(p + "_suggested")), rs.getString(p + "_because"),
                Rag.valueOf(rs.getString(p + "_value")), rs.getString(p + "_reason"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    /** The health columns as named parameters: schedule_suggested → :scheduleSuggested, ... */
    static Map<String, Object> healthParams(Assessing.Assessed a) {
        Map<String, Object> params = new HashMap<>();
        put(params, "schedule", a.schedule());
        put(params, "cost", a.cost());
        put(params, "scope", a.scope());
        put(params, "risk", a.risk());
        put(params, "overall", a.overall());
        return params;
    }

    private static void put(Map<String, Object> params, String p, Assessment a) {
        params.put(p + "Suggested", a.suggested().name());
        params.put(p + "Because", a.because());
        params.put(p + "Value", a.value().name());
        params.put(p + "Reason", a.reason());
    }

    /** "schedule_suggested = :scheduleSuggested, ..." for an update. */
    static final String HEALTH_SET = String.join(", ", java.util.stream.Stream.of(Dimension.values())
            .flatMap(d -> java.util.stream.Stream.of("suggested", "because", "value", "reason")
                    .map(c -> d.key() + "_" + c + " = :" + d.key() + Character.toUpperCase(c.charAt(0)) + c.substring(1)))
            .toList());

    /** Column list and matching parameters for an insert. */
    static final String HEALTH_COLUMNS = String.join(", ", java.util.stream.Stream.of(Dimension.values())
            .flatMap(d -> java.util.stream.Stream.of("suggested", "because", "value", "reason").map(c -> d.key() + "_" + c))
            .toList());
    static final String HEALTH_VALUES = String.join(", ", java.util.stream.Stream.of(Dimension.values())
            .flatMap(d -> java.util.stream.Stream.of("suggested", "because", "value", "reason")
                    .map(c -> ":" + d.key() + Character.toUpperCase(c.charAt(0)) + c.substring(1)))
            .toList());
}
