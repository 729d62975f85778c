package org.sextant.engine.schedule;

/** Date constraints as MS Project names them (Primavera's names in brackets). */
public enum ConstraintType {
    /** As soon as possible (none). */
    AS_SOON_AS_POSSIBLE,
    /** As late as possible (as late as possible). */
    AS_LATE_AS_POSSIBLE,
    /** Start no earlier than (start on or after). */
    START_NO_EARLIER_THAN,
    /** Start no later than (start on or before). */
    START_NO_LATER_THAN,
    /** Finish no earlier than (finish on or after). */
    FINISH_NO_EARLIER_THAN,
    /** Finish no later than (finish on or before). */
    FINISH_NO_LATER_THAN,
    /** Must start on (mandatory start). */
    MUST_START_ON,
    /** Must finish on (mandatory finish). */
    MUST_FINISH_ON,
    /** Primavera's start on: early and late start are pulled to the date, logic still wins early. */
    START_ON,
    /** Primavera's finish on. */
    FINISH_ON
}
