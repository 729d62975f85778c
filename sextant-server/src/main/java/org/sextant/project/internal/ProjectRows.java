package org.sextant.project.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import org.sextant.identity.UserId;
import org.sextant.portfolio.PortfolioId;
import org.sextant.program.ProgramId;
import org.sextant.project.Level;
import org.sextant.project.Phase;
import org.sextant.project.Project;
import org.sextant.project.ProjectId;
import org.sextant.project.ProjectStatus;
import org.sextant.project.Stakeholder;

/** Maps rows of {@code project} and {@code stakeholder} to records. */
final class ProjectRows {

    private ProjectRows() {
    }

    static Project project(ResultSet rs, int row) throws SQLException {
        Long manager = rs.getObject("manager_user_id", Long.class);
        Long program = rs.getObject("program_id", Long.class);
        return new Project(ProjectId.of(rs.getLong("id")), rs.getLong("version"), rs.getString("code"),
                rs.getString("name"), rs.getString("objective"), rs.getString("description"),
                rs.getString("statement_of_work"), rs.getString("client"), rs.getString("sponsor"),
                manager == null ? null : UserId.of(manager), PortfolioId.of(rs.getLong("portfolio_id")),
                program == null ? null : ProgramId.of(program), Phase.valueOf(rs.getString("phase")),
                ProjectStatus.valueOf(rs.getString("status")), rs.getInt("priority"),
                rs.getObject("planned_start", LocalDate.class), rs.getObject("planned_finish", LocalDate.class),
                rs.getBigDecimal("budget"), rs.getBigDecimal("actual_cost"), rs.getString("currency").trim(),
                rs.getObject("calendar_id", Long.class), rs.getObject("status_date", LocalDate.class));
    }

    static Stakeholder stakeholder(ResultSet rs, int row) throws SQLException {
        return new Stakeholder(rs.getLong("id"), rs.getLong("version"), ProjectId.of(rs.getLong("project_id")),
                rs.getString("name"), rs.getString("organisation"), rs.getString("role"), rs.getString("email"),
                Level.valueOf(rs.getString("interest")), Level.valueOf(rs.getString("influence")),
                rs.getString("communication_preference"), rs.getString("notes"));
    }
}
