package org.sextant.platform.web;

import java.util.stream.Collectors;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Explains an unreadable JSON body in words a client developer can act on: which field, what was
 * expected, and where in the text (line and column).
 */
record JsonProblem(String field, String detail) {

    static JsonProblem describe(HttpMessageNotReadableException e) {
        JacksonException jackson = outermostJacksonCause(e);
        if (jackson == null) {
            return new JsonProblem(null, "The request body is missing or is not valid JSON.");
        }
        String field = path(jackson);
        String where = location(jackson.getLocation());
        return switch (jackson) {
            case UnrecognizedPropertyException u -> new JsonProblem(field,
                    "Unknown field '" + u.getPropertyName() + "'" + where + ". Known fields: "
                            + u.getKnownPropertyIds().stream().map(String::valueOf).sorted().collect(Collectors.joining(", ")) + ".");
            case InvalidFormatException f -> new JsonProblem(field,
                    "Field '" + field + "' has value '" + f.getValue() + "' which is not a valid "
                            + simpleType(f.getTargetType()) + where + ".");
            case InvalidNullException n -> new JsonProblem(field, "Field '" + field + "' must not be null" + where + ".");
            case MismatchedInputException m -> new JsonProblem(field,
                    (field == null ? "The body" : "Field '" + field + "'") + " has the wrong type: expected "
                            + simpleType(m.getTargetType()) + where + ".");
            default -> new JsonProblem(field, "Malformed JSON" + where + ": " + jackson.getOriginalMessage());
        };
    }

    private static JacksonException outermostJacksonCause(Throwable e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof JacksonException jackson) {
                return jackson;
            }
        }
        return null;
    }

    private static String path(JacksonException e) {
        if (e.getPath() == null || e.getPath().isEmpty()) {
            return null;
        }
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? null : path.toString();
    }

    private static String location(TokenStreamLocation location) {
        if (location == null || location.getLineNr() < 0) {
            return "";
        }
        return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    private static String simpleType(Class<?> type) {
        if (type == null) {
            return "value";
        }
        if (type.isEnum()) {
            Object[] constants = type.getEnumConstants();
            StringBuilder names = new StringBuilder();
            for (Object c : constants) {
                names.append(names.isEmpty() ? "" : ", ").append(c);
            }
            return "one of " + names;
        }
        return switch (type.getSimpleName()) {
            case "LocalDate" -> "date (YYYY-MM-DD)";
            case "LocalDateTime" -> "date-time (YYYY-MM-DDTHH:MM)";
            case "int", "Integer", "long", "Long" -> "whole number";
            case "BigDecimal", "double", "Double" -> "number";
            case "boolean", "Boolean" -> "true or false";
            case "String" -> "text";
            default -> type.getSimpleName();
        };
    }
}
