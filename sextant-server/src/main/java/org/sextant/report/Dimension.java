package org.sextant.report;

/** What a health value is about. */
public enum Dimension {
    SCHEDULE("Schedule"), COST("Cost"), SCOPE("Scope"), RISK("Risk"), OVERALL("Overall");

    private final String label;

    Dimension(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The API and form name of the dimension: "schedule", "cost", ... */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
