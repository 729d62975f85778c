package org.sextant.project;

/** Lifecycle phase of a project (the default lifecycle; methodologies may rename and gate them later). */
public enum Phase { INITIATION, PLANNING, EXECUTION, MONITORING, CLOSING, CLOSED }
