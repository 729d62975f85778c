package org.sextant.report.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import org.sextant.report.Evidence;
import org.sextant.report.HealthThresholds;
import org.sextant.report.HealthThresholds.OverdueUnit;
import org.sextant.report.Rag;
import org.sextant.report.Suggestion;

/**
 * The health suggestion rules, one method each, pure functions of the evidence and the PMO's
 * thresholds. A rule without data to judge by suggests {@link Rag#GREY} ("no data"), never green:
 * a project without a baseline or progress is not on track, it is unmeasured.
 *
 * <ul>
 *   <li>schedule = the worst of {@link #spi}, {@link #milestoneSlippage} and {@link #overdueTasks};</li>
 *   <li>cost = {@link #cpi};</li>
 *   <li>scope = {@link #scopeChange} (tasks added or removed since baseline 0);</li>
 *   <li>risk = {@link #risk}: not assessed until a risk register exists, set by the project manager;</li>
 *   <li>overall = {@link #overall}, the worst of the reported schedule, cost, scope and risk.</li>
 * </ul>
 * "Worst" ({@link #worstOf}) ranks red over amber over green and ignores GREY, unless every part is GREY.
 */
final class HealthRules {

    private HealthRules() {
    }

    /** SPI below the red limit is red, below the amber limit amber, else green; no earned value: no data. */
    static Suggestion spi(Evidence e, HealthThresholds t) {
        return index("SPI", e.spi(), t.spiAmber(), t.spiRed(), e.earnedValue()
                ? "no SPI yet: nothing was planned by the status date"
                : "no earned value data (needs baseline 0 and progress)");
    }

    /** CPI below the red limit is red, below the amber limit amber, else green; no earned value: no data. */
    static Suggestion cpi(Evidence e, HealthThresholds t) {
        return index("CPI", e.cpi(), t.cpiAmber(), t.cpiRed(), e.earnedValue()
                ? "no CPI yet: no actual cost recorded"
                : "no earned value data (needs baseline 0, progress and actual cost)");
    }

    private static Suggestion index(String name, Double value, BigDecimal amber, BigDecimal red, String noData) {
        if (value == null || value.isNaN()) {
            return new Suggestion(Rag.GREY, name + ": " + noData);
        }
        String shown = String.format(Locale.ROOT, "%.2f", value);
        if (value < red.doubleValue()) {
            return new Suggestion(Rag.RED, name + " " + shown + " is below the red limit " + plain(red));
        }
        if (value < amber.doubleValue()) {
            return new Suggestion(Rag.AMBER, name + " " + shown + " is below the amber limit " + plain(amber));
        }
        return new Suggestion(Rag.GREEN, name + " " + shown + " is at or above " + plain(amber));
    }

    /**
     * The worst milestone's finish slip against baseline 0, in working days: at or above the red limit
     * red, at or above the amber limit amber, else green; no baseline 0: no data.
     */
    static Suggestion milestoneSlippage(Evidence e, HealthThresholds t) {
        if (!e.baselineSet()) {
            return new Suggestion(Rag.GREY, "Milestones: no baseline 0 to measure slippage against");
        }
        if (e.milestones().isEmpty()) {
            return new Suggestion(Rag.GREEN, "Milestones: none later than baseline 0");
        }
        Evidence.SlippedMilestone worst = e.milestones().stream()
                .max(Comparator.comparing(Evidence.SlippedMilestone::slipDays)).orElseThrow();
        BigDecimal days = worst.slipDays();
        String text = "Milestones: " + e.milestones().size() + " late, worst \"" + worst.name() + "\" "
                + plain(days.setScale(1, RoundingMode.HALF_UP)) + " working days after baseline";
        if (days.compareTo(BigDecimal.valueOf(t.slipRedDays())) >= 0) {
            return new Suggestion(Rag.RED, text + " (red at " + t.slipRedDays() + ")");
        }
        if (days.compareTo(BigDecimal.valueOf(t.slipAmberDays())) >= 0) {
            return new Suggestion(Rag.AMBER, text + " (amber at " + t.slipAmberDays() + ")");
        }
        return new Suggestion(Rag.GREEN, text + " (amber at " + t.slipAmberDays() + ")");
    }

    /**
     * Open tasks whose planned finish is before the status date, counted or as a percentage of open
     * tasks (per the thresholds): at or above the red limit red, at or above amber amber, else green.
     * Nothing open is green.
     */
    static Suggestion overdueTasks(Evidence e, HealthThresholds t) {
        int overdue = e.overdue().size();
        if (e.openTasks() == 0) {
            return new Suggestion(Rag.GREEN, "Overdue tasks: no open tasks");
        }
        long measure;
        String text;
        if (t.overdueUnit() == OverdueUnit.PERCENT) {
            measure = Math.round(overdue * 100.0 / e.openTasks());
            text = "Overdue tasks: " + overdue + " of " + e.openTasks() + " open (" + measure + "%)";
        } else {
            measure = overdue;
            text = "Overdue tasks: " + overdue + " of " + e.openTasks() + " open";
        }
        String unit = t.overdueUnit() == OverdueUnit.PERCENT ? "%" : "";
        if (overdue > 0 && measure >= t.overdueRed()) {
            return new Suggestion(Rag.RED, text + ", red at " + t.overdueRed() + unit);
        }
        if (overdue > 0 && measure >= t.overdueAmber()) {
            return new Suggestion(Rag.AMBER, text + ", amber at " + t.overdueAmber() + unit);
        }
        return new Suggestion(Rag.GREEN, text + ", amber at " + t.overdueAmber() + unit);
    }

    /** Schedule: the worst of the SPI, milestone slippage and overdue task rules, with their evidence. */
    static Suggestion schedule(Evidence e, HealthThresholds t) {
        return worstOf(java.util.List.of(spi(e, t), milestoneSlippage(e, t), overdueTasks(e, t)));
    }

    /**
     * Scope: tasks added plus removed since baseline 0 as a percentage of its tasks: at or above the red
     * limit red, at or above amber amber, else green; no baseline 0: no data.
     */
    static Suggestion scopeChange(Evidence e, HealthThresholds t) {
        if (!e.baselineSet()) {
            return new Suggestion(Rag.GREY, "Scope: no baseline 0 to compare with");
        }
        int changed = e.addedTasks() + e.removedTasks();
        long percent = e.baselineTasks() == 0 ? (changed == 0 ? 0 : 100) : Math.round(changed * 100.0 / e.baselineTasks());
        String text = "Scope: " + e.addedTasks() + " tasks added, " + e.removedTasks() + " removed since baseline 0 ("
                + percent + "% of " + e.baselineTasks() + ")";
        if (changed > 0 && percent >= t.scopeRedPercent()) {
            return new Suggestion(Rag.RED, text + ", red at " + t.scopeRedPercent() + "%");
        }
        if (changed > 0 && percent >= t.scopeAmberPercent()) {
            return new Suggestion(Rag.AMBER, text + ", amber at " + t.scopeAmberPercent() + "%");
        }
        return new Suggestion(Rag.GREEN, text);
    }

    /** Risk: there is no risk register yet, so risk is not assessed until the project manager sets it. */
    static Suggestion risk() {
        return new Suggestion(Rag.GREY, "Risk: no risk register yet; the project manager assesses risk");
    }

    /** Overall: the worst of the reported schedule, cost, scope and risk values. */
    static Suggestion overall(Rag schedule, Rag cost, Rag scope, Rag risk) {
        Rag worst = worst(java.util.List.of(schedule, cost, scope, risk));
        if (worst == Rag.GREY) {
            return new Suggestion(Rag.GREY, "Overall: nothing assessed yet");
        }
        return new Suggestion(worst, "Overall: the worst of schedule " + schedule.label().toLowerCase(Locale.ROOT)
                + ", cost " + cost.label().toLowerCase(Locale.ROOT) + ", scope " + scope.label().toLowerCase(Locale.ROOT)
                + ", risk " + risk.label().toLowerCase(Locale.ROOT));
    }

    /**
     * The worst of several suggestions (red over amber over green), joining their evidence; parts
     * without data are ignored unless no part has data.
     */
    static Suggestion worstOf(Collection<Suggestion> parts) {
        Rag worst = worst(parts.stream().map(Suggestion::rag).toList());
        return new Suggestion(worst, String.join("; ", parts.stream().map(Suggestion::because).toList()));
    }

    static Rag worst(Collection<Rag> values) {
        return values.stream().max(Comparator.comparingInt(Rag::severity)).orElse(Rag.GREY);
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
