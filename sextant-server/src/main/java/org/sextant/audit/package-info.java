/**
 * The append-only audit trail: who changed which entity when, and each changed field's value before
 * and after. Every feature records its writes through {@link org.sextant.audit.AuditLog} inside the
 * same transaction as the write, so an entry exists exactly when the change does. The table refuses
 * updates and deletes at the database level.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package org.sextant.audit;
