package org.sextant.cost.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.sextant.platform.BusinessRuleException;

/**
 * The cost pages' form fields, which arrive as text: blank becomes null (the service then names the
 * missing field), text that is not a value is refused naming the field and showing an example, so a
 * typo is shown as a message on the page and never becomes a server error.
 */
final class FormText {

    private FormText() {
    }

    static <E extends Enum<E>> E choice(Class<E> type, String text, String field) {
        if (blank(text)) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw BusinessRuleException.invalid(field, "'" + text + "' is not a valid " + field);
        }
    }

    static YearMonth month(String text, String field) {
        if (blank(text)) {
            return null;
        }
        try {
            return YearMonth.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw BusinessRuleException.invalid(field, "'" + text + "' is not a month like 2027-03");
        }
    }

    static LocalDate day(String text, String field) {
        if (blank(text)) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw BusinessRuleException.invalid(field, "'" + text + "' is not a date like 2027-03-15");
        }
    }

    /** An amount; thousands separators (",") are ignored. */
    static BigDecimal amount(String text, String field) {
        if (blank(text)) {
            return null;
        }
        try {
            return new BigDecimal(text.trim().replace(",", ""));
        } catch (NumberFormatException e) {
            throw BusinessRuleException.invalid(field, "'" + text + "' is not an amount like 1250.00");
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
