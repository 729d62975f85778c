package org.sextant.project;

/** A three-step rating, used for stakeholder interest and influence. */
public enum Level { LOW, MEDIUM, HIGH }
