package org.sextant.engine.evm;

/** How the estimate at completion (EAC) is forecast. */
public enum EacMethod {
    /** The cost efficiency so far continues: {@code EAC = BAC / CPI}. */
    CPI,
    /** Cost and schedule efficiency both weigh on the rest: {@code EAC = AC + (BAC - EV) / (CPI × SPI)}. */
    CPI_TIMES_SPI,
    /** The project's own estimate of the remaining cost per activity: {@code EAC = AC + Σ ETC}. */
    BOTTOM_UP,
    /** The variance so far was a one-off; the rest costs what it was budgeted: {@code EAC = AC + BAC - EV}. */
    BUDGET_RATE
}
