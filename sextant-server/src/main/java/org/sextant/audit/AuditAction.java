package org.sextant.audit;

/** The kind of write an audit event records. */
public enum AuditAction { CREATE, UPDATE, DELETE }
