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
        this(entity, id, expected, actual, entity + " " + id + " was changed by someone else: you edited version "
                + expected + " but the current version is " + actual + ". Reload it and apply your change again.");
    }

    private StaleVersionException(String entity, Object id, long expected, long actual, String message) {
        super(message);
        this.entity = entity;
        this.id = id;
        this.expected = expected;
        this.actual = actual;
    }

    /**
     * Someone else's write landed between our version check and our update (the conditional update
     * matched no row); the new version is not known here, so none is reported.
     */
    public static StaleVersionException concurrent(String entity, Object id, long expected) {
        return new StaleVersionException(entity, id, expected, -1, entity + " " + id
                + " was changed by someone else while your change of version " + expected
                + " was being saved. Reload it and apply your change again.");
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

    /** The stored version, or -1 when it is not known (see {@link #concurrent}). */
    public long actual() {
        return actual;
    }
}
