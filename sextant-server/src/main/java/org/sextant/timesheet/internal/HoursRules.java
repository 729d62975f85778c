package org.sextant.timesheet.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * The rules a timesheet's hours obey, each one method: a cell holds 0 to 24 hours in quarter hours; a
 * day holds at most 24 hours over all rows. Hours travel as decimals (7.75), are stored as minutes.
 */
final class HoursRules {

    static final int MINUTES_PER_DAY = 24 * 60;
    static final int QUARTER = 15;
    private static final BigDecimal SIXTY = BigDecimal.valueOf(60);
    private static final BigDecimal QUARTER_HOUR = new BigDecimal("0.25");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

    private HoursRules() {
    }

    /** What is wrong with one cell's hours, or empty when they are 0–24 in quarter hours. */
    static Optional<String> cellProblem(BigDecimal hours) {
        if (hours.signum() < 0) {
            return Optional.of(plain(hours) + " hours is negative; enter 0 to 24");
        }
        if (hours.compareTo(BigDecimal.valueOf(24)) > 0) {
            return Optional.of(plain(hours) + " hours is more than a day; enter 0 to 24");
        }
        if (hours.remainder(QUARTER_HOUR).signum() != 0) {
            return Optional.of(plain(hours) + " hours is not in quarter hours; use steps of 0.25 (e.g. 7.25 or 7.5)");
        }
        return Optional.empty();
    }

    /** What is wrong with a day's total over all rows, or empty when it is at most 24 hours. */
    static Optional<String> dayTotalProblem(long minutes) {
        if (minutes > MINUTES_PER_DAY) {
            return Optional.of(plain(hours(minutes)) + " hours in total; a day has at most 24");
        }
        return Optional.empty();
    }

    /** Minutes of valid hours (see {@link #cellProblem}). */
    static int minutes(BigDecimal hours) {
        return hours.multiply(SIXTY).intValueExact();
    }

    /** Hours of a number of minutes, with two decimals (quarter hours are exact). */
    static BigDecimal hours(long minutes) {
        return BigDecimal.valueOf(minutes).divide(SIXTY, 2, RoundingMode.HALF_UP);
    }

    /** A day as messages name it: "Tue 5 Jan 2027". */
    static String day(LocalDate day) {
        return DAY.format(day);
    }

    private static String plain(BigDecimal hours) {
        return hours.stripTrailingZeros().toPlainString();
    }
}
