package org.sextant.project;

/** Whether work on a project goes on. */
public enum ProjectStatus { PROPOSED, ACTIVE, ON_HOLD, COMPLETED, CANCELLED }
