package org.sextant.report;

/**
 * The suggested health of a project as of a status date, from its evidence and the PMO's thresholds.
 * Overall is not here: it follows the values the project manager reports for the others.
 */
public record Suggestions(Suggestion schedule, Suggestion cost, Suggestion scope, Suggestion risk,
        Evidence evidence) {

    public Suggestion of(Dimension dimension) {
        return switch (dimension) {
            case SCHEDULE -> schedule;
            case COST -> cost;
            case SCOPE -> scope;
            case RISK -> risk;
            case OVERALL -> throw new IllegalArgumentException("overall follows the other values");
        };
    }
}
