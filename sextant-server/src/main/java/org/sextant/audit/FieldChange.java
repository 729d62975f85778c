package org.sextant.audit;

/** One field's value before and after a write (null before a create, null after a delete). */
public record FieldChange(Object from, Object to) {
}
