package org.sextant.cost;

/** Whether spending builds an asset (capital expenditure) or is a running cost (operating expenditure). */
public enum SpendType {
    CAPEX("Capex"), OPEX("Opex");

    private final String label;

    SpendType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
