package org.sextant.report;

/** A report is edited as a draft and, once submitted, never changes. */
public enum ReportState { DRAFT, SUBMITTED }
