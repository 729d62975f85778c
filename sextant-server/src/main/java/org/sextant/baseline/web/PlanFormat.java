package org.sextant.baseline.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.sextant.baseline.BaselineComparison;

/** Formats plan values and variances for the baselines and progress pages ({@code fmt} in templates). */
public final class PlanFormat {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    static final PlanFormat INSTANCE = new PlanFormat();

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH);

    /** A moment in the server's time zone. */
    public String stamp(java.time.Instant t) {
        return t == null ? "—" : STAMP.format(t.atZone(java.time.ZoneId.systemDefault()));
    }

    public String date(LocalDateTime t) {
        return t == null ? "—" : DATE.format(t);
    }

    /** The value of a {@code datetime-local} input. */
    public String input(LocalDateTime t) {
        return t == null ? "" : INPUT.format(t);
    }

    /** Working minutes as days of {@link BaselineComparison#MINUTES_PER_DAY}. */
    public String days(long minutes) {
        return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(BaselineComparison.MINUTES_PER_DAY), 1,
                RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + " d";
    }

    public String hours(long minutes) {
        return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString() + " h";
    }

    /** Hours as typed into a field: "12.5", or "" for none. */
    public String hoursInput(Long minutes) {
        return minutes == null ? "" : BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
    }

    public String money(BigDecimal amount) {
        return amount == null ? "—" : String.format(Locale.ENGLISH, "%,.0f", amount);
    }

    /** A variance in days with its sign, "0 d" when on plan, "—" when unknown. */
    public String signedDays(BigDecimal days) {
        if (days == null) {
            return "—";
        }
        String n = days.stripTrailingZeros().toPlainString();
        return (days.signum() > 0 ? "+" : "") + n + " d";
    }

    public String signedDuration(long minutes) {
        return (minutes > 0 ? "+" : "") + days(minutes);
    }

    public String signedHours(long minutes) {
        return (minutes > 0 ? "+" : "") + hours(minutes);
    }

    public String signedMoney(BigDecimal amount) {
        return amount == null ? "—" : (amount.signum() > 0 ? "+" : "") + money(amount);
    }

    /** Whether a row finishes later than in the baseline (slipped). */
    public boolean slipped(BaselineComparison.Row row) {
        return row.variance() != null && row.variance().finishDays() != null && row.variance().finishDays().signum() > 0;
    }
}
