package org.sextant.baseline.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import org.sextant.baseline.ProgressBoard;
import org.sextant.platform.web.FormErrors;
import org.sextant.schedule.Task;

/**
 * The inline progress form of one task, as typed: percent, actual start and finish
 * ({@code datetime-local}), remaining work in hours (blank derives it from the percent).
 */
record ProgressForm(String percentComplete, String actualStart, String actualFinish, String remainingWorkHours,
        Long version) {

    static ProgressForm of(ProgressBoard.Row row) {
        PlanFormat f = PlanFormat.INSTANCE;
        return new ProgressForm(String.valueOf(row.percentComplete()), f.input(row.actualStart()),
                f.input(row.actualFinish()), f.hoursInput(row.remainingWorkMinutes()), row.version());
    }

    Task.Progress toProgress(FormErrors errors) {
        Integer percent = errors.integer("percentComplete", FormErrors.text(percentComplete));
        if (percent == null && !errors.fields().containsKey("percentComplete")) {
            errors.reject("percentComplete", "Percent complete is required (0 to 100).");
        } else if (percent != null && (percent < 0 || percent > 100)) {
            errors.reject("percentComplete", "Percent complete is 0 to 100.");
        }
        LocalDateTime start = time(errors, "actualStart", actualStart);
        LocalDateTime finish = time(errors, "actualFinish", actualFinish);
        BigDecimal hours = errors.decimal("remainingWorkHours", FormErrors.text(remainingWorkHours));
        if (hours != null && hours.signum() < 0) {
            errors.reject("remainingWorkHours", "Remaining work cannot be negative.");
        }
        Long minutes = hours == null ? null : hours.multiply(BigDecimal.valueOf(60)).setScale(0, RoundingMode.HALF_UP)
                .longValueExact();
        return errors.any() ? null : new Task.Progress(percent, start, finish, minutes);
    }

    private static LocalDateTime time(FormErrors errors, String field, String value) {
        String text = FormErrors.text(value);
        if (text == null) {
            return null;
        }
        try {
            return text.length() == 10 ? java.time.LocalDate.parse(text).atTime(8, 0) : LocalDateTime.parse(text);
        } catch (DateTimeParseException e) {
            errors.reject(field, "Enter a date and time as YYYY-MM-DDTHH:MM.");
            return null;
        }
    }
}
