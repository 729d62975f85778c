package org.sextant.engine.evm;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Several projects (a program or portfolio) to roll up in one currency.
 *
 * @param name the program or portfolio
 * @param currency the roll-up currency
 * @param exchangeRates units of {@code currency} per unit of another currency, keyed by that currency's code;
 *        a project already in {@code currency} needs none
 * @param calendarId the calendar measuring the roll-up's actual time (the fraction of the current period)
 * @param projects the projects, names unique
 */
public record RollUpRequest(String name, String currency, Map<String, Double> exchangeRates, String calendarId,
        List<EarnedValueProject> projects) {

    public RollUpRequest {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(currency, "currency");
        exchangeRates = Map.copyOf(exchangeRates);
        Objects.requireNonNull(calendarId, "calendarId");
        projects = List.copyOf(projects);
    }
}
