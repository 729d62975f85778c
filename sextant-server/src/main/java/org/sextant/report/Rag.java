package org.sextant.report;

/**
 * A red/amber/green health value. GREY means not assessed: no data to suggest from (no earned value,
 * no baseline) or, for risk, nothing to assess against until a risk register exists.
 */
public enum Rag {
    GREEN("Green"), AMBER("Amber"), RED("Red"), GREY("Not assessed");

    private final String label;

    Rag(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** How bad: GREY 0 (no data), GREEN 1, AMBER 2, RED 3. */
    public int severity() {
        return switch (this) {
            case GREY -> 0;
            case GREEN -> 1;
            case AMBER -> 2;
            case RED -> 3;
        };
    }
}
