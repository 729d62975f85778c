package org.sextant.platform;

/**
 * An update was based on an older version than the stored one: someone else changed the entity in
 * between. Answered 409 (version in the body) or 412 (If-Match header); nothing is written.
 */
public class StaleVersionException extends RuntimeException {

    private final String entity;
    private final Object id;
    private final long expected;
    private final long actual;

    public StaleVersionException(String entity, Object id, long expected, long actual) {
        super(entity + " " + id + " was changed by someone else: you edited version " + expected
                + " but the current version is " + actual + ". Reload it and apply your change again.");
        this.entity = entity;
        this.id = id;
        this.expected = expected;
        this.actual = actual;
    }

    public String entity() {
        return entity;
    }

    public Object id() {
        return id;
    }

    public long expected() {
        return expected;
    }

    public long actual() {
        return actual;
    }
}
