package org.sextant.platform.web;

import java.sql.SQLException;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;
import org.springframework.dao.DataIntegrityViolationException;

/** Words for the PostgreSQL integrity errors a client can cause (duplicates, dangling references). */
final class DatabaseMessages {

    private DatabaseMessages() {
    }

    static String explain(DataIntegrityViolationException e) {
        Throwable t = e.getMostSpecificCause();
        if (t instanceof PSQLException psql && psql.getServerErrorMessage() != null) {
            ServerErrorMessage m = psql.getServerErrorMessage();
            String detail = m.getDetail() == null ? "" : " " + m.getDetail();
            return switch (String.valueOf(psql.getSQLState())) {
                case "23505" -> "Already exists:" + detail;
                case "23503" -> m.getDetail() != null && m.getDetail().contains("is still referenced")
                        ? "Still in use elsewhere:" + detail + " Remove or reassign what refers to it first."
                        : "Refers to something that does not exist:" + detail;
                case "23514" -> "Breaks the rule '" + m.getConstraint() + "'." + detail;
                case "23502" -> "Field '" + m.getColumn() + "' is required.";
                default -> "Conflicts with stored data: " + m.getMessage();
            };
        }
        if (t instanceof SQLException sql) {
            return "Conflicts with stored data (" + sql.getSQLState() + ").";
        }
        return "Conflicts with stored data.";
    }
}
