package org.sextant.cost;

/** How the cost view forecasts the cost at completion (EAC). */
public enum EacMethod {
    /** The rest of the work costs what it has cost so far per unit earned: AC + (BAC − EV) / CPI. */
    CPI("AC + (BAC − EV) / CPI"),
    /** As {@link #CPI}, also slowed by schedule performance: AC + (BAC − EV) / (CPI × SPI). */
    CPI_SPI("AC + (BAC − EV) / (CPI × SPI)"),
    /** Actual cost so far plus the cost still planned: labour not yet done, other budgets not yet spent. */
    BOTTOM_UP("AC + remaining planned");

    private final String formula;

    EacMethod(String formula) {
        this.formula = formula;
    }

    public String formula() {
        return formula;
    }
}
