package org.sextant.platform.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;

/**
 * Words for the PostgreSQL integrity errors a client can cause: a duplicate (409), something still in
 * use (409), a reference to something that does not exist (422, naming the field).
 *
 * @param status HTTP status to answer
 * @param field  API field name the problem is about, or null
 * @param detail what is wrong, for a person
 */
record DatabaseMessages(HttpStatus status, String field, String detail) {

    private static final Pattern KEY = Pattern.compile("Key \\(([a-z_]+)\\)=\\(([^)]*)\\)");

    static DatabaseMessages explain(DataIntegrityViolationException e) {
        if (!(e.getMostSpecificCause() instanceof PSQLException psql) || psql.getServerErrorMessage() == null) {
            return new DatabaseMessages(HttpStatus.CONFLICT, null, "Conflicts with stored data.");
        }
        ServerErrorMessage m = psql.getServerErrorMessage();
        String detail = m.getDetail() == null ? "" : m.getDetail();
        Matcher key = KEY.matcher(detail);
        String field = key.find() ? camelCase(key.group(1)) : null;
        String value = field == null ? null : key.group(2);
        return switch (String.valueOf(psql.getSQLState())) {
            case "23505" -> new DatabaseMessages(HttpStatus.CONFLICT, field, field == null
                    ? "Already exists: " + detail : "Another entry already has " + field + " '" + value + "'.");
            case "23503" -> detail.contains("is still referenced")
                    ? new DatabaseMessages(HttpStatus.CONFLICT, null, "Still in use: " + detail
                            + " Remove or reassign what refers to it first.")
                    : new DatabaseMessages(HttpStatus.UNPROCESSABLE_CONTENT, field, field == null
                            ? "Refers to something that does not exist: " + detail
                            : field + " " + value + " does not exist.");
            case "23514" -> new DatabaseMessages(HttpStatus.UNPROCESSABLE_CONTENT, null,
                    "Breaks the rule '" + m.getConstraint() + "'. " + detail);
            case "23502" -> new DatabaseMessages(HttpStatus.UNPROCESSABLE_CONTENT, camelCase(m.getColumn()),
                    "Field '" + camelCase(m.getColumn()) + "' is required.");
            default -> new DatabaseMessages(HttpStatus.CONFLICT, null, "Conflicts with stored data: " + m.getMessage());
        };
    }

    /** {@code calendar_id} → {@code calendarId}: the API's name for a column. */
    static String camelCase(String column) {
        if (column == null) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : column.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }
}
