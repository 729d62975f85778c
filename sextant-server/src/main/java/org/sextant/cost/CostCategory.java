package org.sextant.cost;

/** What money is spent on. Approved time is always {@link #LABOUR}; budget lines and expenses name theirs. */
public enum CostCategory {
    LABOUR("Labour"), MATERIALS("Materials"), SERVICES("Services"), OTHER("Other");

    private final String label;

    CostCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
