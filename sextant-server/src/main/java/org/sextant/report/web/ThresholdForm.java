package org.sextant.report.web;

import org.sextant.platform.web.FormErrors;
import org.sextant.report.HealthThresholds;

/** The health thresholds form as posted (text, parsed with messages beside each field). */
record ThresholdForm(String spiAmber, String spiRed, String cpiAmber, String cpiRed, String slipAmberDays,
        String slipRedDays, String overdueUnit, String overdueAmber, String overdueRed, String scopeAmberPercent,
        String scopeRedPercent, Long version) {

    static ThresholdForm of(HealthThresholds t) {
        return new ThresholdForm(t.spiAmber().stripTrailingZeros().toPlainString(),
                t.spiRed().stripTrailingZeros().toPlainString(), t.cpiAmber().stripTrailingZeros().toPlainString(),
                t.cpiRed().stripTrailingZeros().toPlainString(), Integer.toString(t.slipAmberDays()),
                Integer.toString(t.slipRedDays()), t.overdueUnit().name(), Integer.toString(t.overdueAmber()),
                Integer.toString(t.overdueRed()), Integer.toString(t.scopeAmberPercent()),
                Integer.toString(t.scopeRedPercent()), t.version());
    }

    HealthThresholds.Draft toDraft(FormErrors errors) {
        var d = new HealthThresholds.Draft(required(errors, "spiAmber", errors.decimal("spiAmber", spiAmber)),
                required(errors, "spiRed", errors.decimal("spiRed", spiRed)),
                required(errors, "cpiAmber", errors.decimal("cpiAmber", cpiAmber)),
                required(errors, "cpiRed", errors.decimal("cpiRed", cpiRed)),
                number(errors, "slipAmberDays", slipAmberDays), number(errors, "slipRedDays", slipRedDays),
                errors.choice("overdueUnit", overdueUnit, HealthThresholds.OverdueUnit.class),
                number(errors, "overdueAmber", overdueAmber), number(errors, "overdueRed", overdueRed),
                number(errors, "scopeAmberPercent", scopeAmberPercent),
                number(errors, "scopeRedPercent", scopeRedPercent));
        return d;
    }

    private static <T> T required(FormErrors errors, String field, T value) {
        if (value == null) {
            errors.reject(field, "Enter a value.");
        }
        return value;
    }

    private static int number(FormErrors errors, String field, String text) {
        Integer value = required(errors, field, errors.integer(field, text));
        return value == null ? 0 : value;
    }
}
