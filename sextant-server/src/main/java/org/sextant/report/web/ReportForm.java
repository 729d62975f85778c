package org.sextant.report.web;

import org.sextant.platform.web.FormErrors;
import org.sextant.report.Assessment;
import org.sextant.report.Rag;
import org.sextant.report.StatusReport;

/**
 * The status report form as posted: per dimension a value ("" = as suggested) and a reason, and the
 * narrative.
 */
record ReportForm(String scheduleValue, String scheduleReason, String costValue, String costReason,
        String scopeValue, String scopeReason, String riskValue, String riskReason, String overallValue,
        String overallReason, String summary, String accomplishments, String nextSteps, String helpNeeded,
        Long version) {

    static ReportForm of(StatusReport r) {
        return new ReportForm(value(r.schedule()), r.schedule().reason(), value(r.cost()), r.cost().reason(),
                value(r.scope()), r.scope().reason(), value(r.risk()), r.risk().reason(), value(r.overall()),
                r.overall().reason(), r.summary(), r.accomplishments(), r.nextSteps(), r.helpNeeded(), r.version());
    }

    /** An overridden value is shown as chosen; one equal to its suggestion as "as suggested". */
    private static String value(Assessment a) {
        return a.overridden() ? a.value().name() : "";
    }

    StatusReport.Draft toDraft(FormErrors errors) {
        return new StatusReport.Draft(choice(errors, "schedule", scheduleValue, scheduleReason),
                choice(errors, "cost", costValue, costReason), choice(errors, "scope", scopeValue, scopeReason),
                choice(errors, "risk", riskValue, riskReason), choice(errors, "overall", overallValue, overallReason),
                FormErrors.text(summary), FormErrors.text(accomplishments), FormErrors.text(nextSteps),
                FormErrors.text(helpNeeded));
    }

    private static StatusReport.Choice choice(FormErrors errors, String key, String value, String reason) {
        return new StatusReport.Choice(errors.choice(key + ".value", value, Rag.class), FormErrors.text(reason));
    }

    /** The value chosen for a dimension key ("schedule", ...), "" for as suggested. */
    public String valueOf(String key) {
        String v = switch (key) {
            case "schedule" -> scheduleValue;
            case "cost" -> costValue;
            case "scope" -> scopeValue;
            case "risk" -> riskValue;
            default -> overallValue;
        };
        return v == null ? "" : v;
    }

    public String reasonOf(String key) {
        return switch (key) {
            case "schedule" -> scheduleReason;
            case "cost" -> costReason;
            case "scope" -> scopeReason;
            case "risk" -> riskReason;
            default -> overallReason;
        };
    }
}
