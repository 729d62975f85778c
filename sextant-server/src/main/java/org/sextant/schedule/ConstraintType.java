package org.sextant.schedule;

/** Date constraints on a task, as MS Project names them; all but ASAP and ALAP need a date. */
public enum ConstraintType {
    ASAP, ALAP, SNET, SNLT, FNET, FNLT, MSO, MFO;

    public boolean needsDate() {
        return this != ASAP && this != ALAP;
    }
}
