package org.sextant.platform.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.sextant.platform.BusinessRuleException;

/**
 * What is wrong with a submitted UI form, field by field, so the page can show each message beside
 * its field. UI forms arrive as text; the parse methods turn text into values and note a message
 * for text that is not a value, so a typo never becomes a server error. Rules themselves stay in
 * the services: a {@link BusinessRuleException} naming a field is placed beside that field.
 */
public final class FormErrors {

    private final Map<String, String> errors = new LinkedHashMap<>();
    private String global;

    public boolean any() {
        return !errors.isEmpty() || global != null;
    }

    public Map<String, String> fields() {
        return errors;
    }

    /** A message that concerns the whole form, or null. */
    public String global() {
        return global;
    }

    public void reject(String field, String message) {
        errors.putIfAbsent(field, message);
    }

    public void rejectGlobal(String message) {
        global = message;
    }

    /** Places a rule broken in the service beside its field ({@code fieldMap} translates API names), else on top. */
    public void reject(BusinessRuleException e, Map<String, String> fieldMap) {
        String field = e.field() == null ? null : fieldMap.getOrDefault(e.field(), e.field());
        if (field == null) {
            rejectGlobal(e.getMessage());
        } else {
            reject(field, e.getMessage());
        }
    }

    public String required(String field, String value, String label) {
        if (value == null || value.isBlank()) {
            reject(field, label + " is required.");
            return null;
        }
        return value.trim();
    }

    /** Blank → null. */
    public static String text(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    public LocalDate date(String field, String value) {
        return parse(field, value, LocalDate::parse, "Enter a date as YYYY-MM-DD.");
    }

    public BigDecimal decimal(String field, String value) {
        return parse(field, value == null ? null : value.replace(",", "").replace(" ", ""), BigDecimal::new,
                "Enter a number, like 125000.50.");
    }

    public Integer integer(String field, String value) {
        return parse(field, value, Integer::valueOf, "Enter a whole number.");
    }

    public Long id(String field, String value) {
        return parse(field, value, Long::valueOf, "Choose a value from the list.");
    }

    private <T> T parse(String field, String value, Function<String, T> parser, String message) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return parser.apply(value.trim());
        } catch (NumberFormatException | DateTimeParseException e) {
            reject(field, message);
            return null;
        }
    }

    /** Parses an enum constant by name; blank → null. */
    public <E extends Enum<E>> E choice(String field, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            reject(field, "Choose a value from the list.");
            return null;
        }
    }
}
