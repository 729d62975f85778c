package org.sextant.engine.schedule;

/** The four precedence relations of the precedence diagramming method. */
public enum LinkType {
    /** The successor starts after the predecessor finishes. */
    FINISH_TO_START,
    /** The successor starts after the predecessor starts. */
    START_TO_START,
    /** The successor finishes after the predecessor finishes. */
    FINISH_TO_FINISH,
    /** The successor finishes after the predecessor starts. */
    START_TO_FINISH
}
