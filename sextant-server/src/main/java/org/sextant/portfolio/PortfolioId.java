package org.sextant.portfolio;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies a portfolio. */
public record PortfolioId(@JsonValue long value) {

    @JsonCreator
    public static PortfolioId of(long value) {
        return new PortfolioId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
