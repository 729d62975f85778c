package org.sextant.report.internal;

import org.sextant.platform.BusinessRuleException;
import org.sextant.report.Assessment;
import org.sextant.report.Dimension;
import org.sextant.report.Rag;
import org.sextant.report.StatusReport;
import org.sextant.report.StatusReport.Choice;
import org.sextant.report.Suggestion;
import org.sextant.report.Suggestions;

/**
 * Turns suggestions and what the project manager chose into a report's five health values, and
 * prefills a new report from the last one. Pure functions.
 */
final class Assessing {

    private Assessing() {
    }

    /** The five health values of a report. */
    record Assessed(Assessment schedule, Assessment cost, Assessment scope, Assessment risk, Assessment overall) {
    }

    /**
     * Each value is the one chosen, or the suggestion when none was; a value that differs from its
     * suggestion needs a reason (422 naming "schedule.reason", "cost.reason", ...). Overall is suggested
     * from the values chosen for the others ({@link HealthRules#overall}).
     */
    static Assessed assess(Suggestions s, StatusReport.Draft d) {
        Assessment schedule = one(Dimension.SCHEDULE, s.schedule(), d.schedule());
        Assessment cost = one(Dimension.COST, s.cost(), d.cost());
        Assessment scope = one(Dimension.SCOPE, s.scope(), d.scope());
        Assessment risk = one(Dimension.RISK, s.risk(), d.risk());
        Suggestion overall = HealthRules.overall(schedule.value(), cost.value(), scope.value(), risk.value());
        return new Assessed(schedule, cost, scope, risk, one(Dimension.OVERALL, overall, d.overall()));
    }

    private static Assessment one(Dimension dimension, Suggestion suggestion, Choice choice) {
        Rag value = choice == null || choice.value() == null ? suggestion.rag() : choice.value();
        String reason = choice == null || choice.reason() == null || choice.reason().isBlank() ? null : choice.reason().strip();
        if (value != suggestion.rag() && reason == null) {
            throw BusinessRuleException.invalid(dimension.key() + ".reason", dimension.label() + " health "
                    + value.label().toLowerCase(java.util.Locale.ROOT) + " differs from the suggested "
                    + suggestion.rag().label().toLowerCase(java.util.Locale.ROOT) + " (" + suggestion.because()
                    + "): give the reason for the override");
        }
        if (reason != null && reason.length() > 2000) {
            throw BusinessRuleException.invalid(dimension.key() + ".reason", "a reason has at most 2000 characters");
        }
        return new Assessment(suggestion.rag(), suggestion.because(), value, reason);
    }

    /**
     * The first draft of a new report: health values as suggested, except that an override in the last
     * report is kept, with its reason, while the suggestion it overrode still stands; risk (set by the
     * project manager) and the narrative carry over from the last report.
     */
    static StatusReport.Draft prefill(Suggestions s, StatusReport last) {
        if (last == null) {
            return new StatusReport.Draft(null, null, null, null, null, null, null, null, null);
        }
        Choice schedule = carried(last.schedule(), s.schedule());
        Choice cost = carried(last.cost(), s.cost());
        Choice scope = carried(last.scope(), s.scope());
        Choice risk = new Choice(last.risk().value(), last.risk().reason());
        Rag overallSuggested = HealthRules.overall(value(schedule, s.schedule()), value(cost, s.cost()),
                value(scope, s.scope()), risk.value()).rag();
        Choice overall = carried(last.overall(), new Suggestion(overallSuggested, ""));
        return new StatusReport.Draft(schedule, cost, scope, risk, overall, last.summary(), last.accomplishments(),
                last.nextSteps(), last.helpNeeded());
    }

    private static Choice carried(Assessment last, Suggestion now) {
        if (last.overridden() && last.suggested() == now.rag()) {
            return new Choice(last.value(), last.reason());
        }
        return null;
    }

    private static Rag value(Choice choice, Suggestion suggestion) {
        return choice == null ? suggestion.rag() : choice.value();
    }
}
