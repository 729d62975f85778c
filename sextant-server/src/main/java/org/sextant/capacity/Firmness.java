package org.sextant.capacity;

/** How committed an allocation is: SOFT is a tentative booking or a manager's request, HARD is confirmed. */
public enum Firmness {
    SOFT, HARD
}
